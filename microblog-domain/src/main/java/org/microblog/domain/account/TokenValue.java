package org.microblog.domain.account;

import java.util.Base64;
import java.util.regex.Pattern;
import org.microblog.domain.shared.DomainException;

/**
 * The secret part of a mailed link: 256 random bits as 43 Base64url characters. It exists only in
 * the mail and in the link; the database keeps its {@link #hash()}, so a leaked table opens no
 * account. Never prints itself.
 */
public record TokenValue(String value) {
  /** 256 bits. */
  public static final int BYTES = 32;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

  public TokenValue {
    if (value == null || !WELL_FORMED.matcher(value).matches()) {
      throw DomainException.invalid(
          "token.malformed",
          "This link is incomplete or malformed. Please copy the whole link from the email,"
              + " or ask for a new one.");
    }
  }

  /** Encodes {@value #BYTES} random bytes from the caller's source of randomness. */
  public static TokenValue of(byte[] random) {
    if (random.length != BYTES) {
      throw new IllegalArgumentException("a token needs " + BYTES + " random bytes");
    }
    return new TokenValue(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
  }

  /** The form that is stored and looked up. */
  public TokenHash hash() {
    return TokenHash.of(value);
  }

  @Override
  public String toString() {
    return "TokenValue[hidden]";
  }
}
