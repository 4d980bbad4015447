package org.microblog.domain.account;

import java.util.regex.Pattern;

/** The SHA-256 of a {@link TokenValue}, lower-case hex: all that is ever stored of a token. */
public record TokenHash(String value) {
  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

  public TokenHash {
    if (value == null || !HEX_SHA256.matcher(value).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest");
    }
  }
}
