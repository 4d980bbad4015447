package org.microblog.application.service.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.microblog.application.port.in.twofactor.TwoFactorQuery;
import org.microblog.application.port.in.twofactor.TwoFactorSetup;
import org.microblog.application.port.in.twofactor.TwoFactorStatus;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.twofactor.TotpSecret;
import org.microblog.domain.user.UserId;

/** Two-factor status, and fresh secrets for setting it up (nothing is stored until confirmed). */
public final class TwoFactorService implements TwoFactorQuery {
  private static final String ISSUER = "Microblog";
  private final TwoFactorPort twoFactor;
  private final LoadUserPort users;
  private final TokenGenerator random;

  public TwoFactorService(TwoFactorPort twoFactor, LoadUserPort users, TokenGenerator random) {
    this.twoFactor = twoFactor;
    this.users = users;
    this.random = random;
  }

  @Override
  public TwoFactorStatus status(UserId user) {
    boolean on = twoFactor.find(user).isPresent();
    return new TwoFactorStatus(on, on ? twoFactor.recoveryCodesLeft(user) : 0);
  }

  @Override
  public TwoFactorSetup newSetup(UserId user) {
    return setupWith(user, TotpSecret.of(Base64.getUrlDecoder().decode(random.newToken().value())));
  }

  @Override
  public TwoFactorSetup setupWith(UserId user, TotpSecret secret) {
    String name =
        users
            .findById(user)
            .orElseThrow(() -> DomainException.notFound("user.unknown", "No such account."))
            .username()
            .value();
    String label = URLEncoder.encode(ISSUER + ":" + name, StandardCharsets.UTF_8);
    String uri = "otpauth://totp/" + label + "?secret=" + secret.base32() + "&issuer=" + ISSUER;
    return new TwoFactorSetup(secret, uri);
  }
}
