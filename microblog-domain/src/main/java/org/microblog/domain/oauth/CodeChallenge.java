package org.microblog.domain.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.microblog.domain.shared.DomainException;

/**
 * A PKCE code challenge (RFC 7636), method {@code S256} only: the Base64url SHA-256 of the verifier
 * the app keeps. The plain method is refused, as it protects nothing a stolen code would not
 * reveal.
 */
public record CodeChallenge(String value) {
  public static final String S256 = "S256";

  /** Base64url of 32 bytes, without padding. */
  private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** RFC 7636: 43 to 128 unreserved characters. */
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  public CodeChallenge {
    if (value == null || !CHALLENGE.matcher(value).matches()) {
      throw DomainException.invalid("oauth.challenge", "The code challenge is malformed.");
    }
  }

  /** The challenge of a request; the method must be {@code S256} (the default is refused). */
  public static CodeChallenge of(String challenge, String method) {
    if (!S256.equals(method)) {
      throw DomainException.invalid(
          "oauth.challenge-method", "The code challenge method must be S256.");
    }
    return new CodeChallenge(challenge);
  }

  /** The challenge a client computes from its verifier. */
  public static CodeChallenge fromVerifier(String verifier) {
    return new CodeChallenge(s256(verifier));
  }

  /** Whether {@code verifier} is the one this challenge was made from (constant-time compare). */
  public boolean verifiedBy(String verifier) {
    if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
      return false;
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.US_ASCII),
        s256(verifier).getBytes(StandardCharsets.US_ASCII));
  }

  private static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
