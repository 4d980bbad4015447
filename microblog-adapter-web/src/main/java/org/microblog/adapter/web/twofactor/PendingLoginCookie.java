package org.microblog.adapter.web.twofactor;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.microblog.adapter.web.config.CookieConfiguration;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Carries a {@link PendingLogin} between the password and the code: an HttpOnly cookie, valid for
 * the second step's path only, signed with HMAC-SHA256 under a key derived from the login-token
 * secret (so it works on every instance, and is never mistaken for a login token: it is not a JWT
 * and Micronaut Security never reads it).
 */
@Singleton
final class PendingLoginCookie {
  static final String NAME = "mb_2fa";
  static final String PATH = "/login/two-factor";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private final byte[] key;
  private final boolean secure;
  private final Clock clock = Clock.systemUTC();

  PendingLoginCookie(
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret,
      CookieConfiguration cookies) {
    this.key = hmac(secret.getBytes(StandardCharsets.UTF_8), "microblog two-factor step");
    this.secure = cookies.cookieSecure();
  }

  void issue(
      MutableHttpResponse<?> response, AuthenticatedUser user, boolean remember, String next) {
    Instant expires = clock.instant().plus(PendingLogin.LIFETIME);
    issue(response, new PendingLogin(user, remember, next, expires));
  }

  /** Tests make expired steps through this. */
  void issue(MutableHttpResponse<?> response, PendingLogin pending) {
    String payload =
        String.join(
            "\n",
            Long.toString(pending.user().id().value()),
            pending.user().username().value(),
            Boolean.toString(pending.remember()),
            Long.toString(pending.expiresAt().getEpochSecond()),
            pending.next());
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    String value = ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(hmac(key, payload));
    response.cookie(base(value).maxAge(PendingLogin.LIFETIME));
  }

  /** The pending login of this request: signed by us, well formed and not expired; else empty. */
  Optional<PendingLogin> read(HttpRequest<?> request) {
    return request.getCookies().findCookie(NAME).map(Cookie::getValue).flatMap(this::parse);
  }

  void clear(MutableHttpResponse<?> response) {
    response.cookie(base("").maxAge(0));
  }

  private Optional<PendingLogin> parse(String value) {
    try {
      int dot = value.indexOf('.');
      if (dot < 0 || value.length() > 2_000) {
        return Optional.empty();
      }
      String payload =
          new String(
              Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = Base64.getUrlDecoder().decode(value.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, hmac(key, payload))) {
        return Optional.empty();
      }
      String[] parts = payload.split("\n", -1);
      PendingLogin pending =
          new PendingLogin(
              new AuthenticatedUser(new UserId(Long.parseLong(parts[0])), new Username(parts[1])),
              Boolean.parseBoolean(parts[2]),
              parts[4],
              Instant.ofEpochSecond(Long.parseLong(parts[3])));
      return pending.isExpiredAt(clock.instant()) ? Optional.empty() : Optional.of(pending);
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  private Cookie base(String value) {
    return Cookie.of(NAME, value)
        .httpOnly(true)
        .secure(secure)
        .sameSite(SameSite.Strict)
        .path(PATH);
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
