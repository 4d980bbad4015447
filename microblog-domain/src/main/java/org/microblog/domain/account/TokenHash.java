package org.microblog.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a {@link TokenValue} (or of a recovery code), lower-case hex: all that is ever
 * stored of a token.
 */
public record TokenHash(String value) {
  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

  public TokenHash {
    if (value == null || !HEX_SHA256.matcher(value).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest");
    }
  }

  /** The hash of a secret written in ASCII. */
  public static TokenHash of(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
      return new TokenHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
