package org.microblog.domain.twofactor;

import java.util.Locale;
import java.util.regex.Pattern;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.shared.DomainException;

/**
 * A single-use code that stands in for the app when the phone is lost: 50 random bits as ten base32
 * letters, shown once as {@code abcde-fghij}. Only its SHA-256 is stored.
 */
public record RecoveryCode(String value) {
  public static final int COUNT = 10;
  private static final Pattern WELL_FORMED = Pattern.compile("[a-z2-7]{5}-[a-z2-7]{5}");

  public RecoveryCode {
    if (value == null || !WELL_FORMED.matcher(value).matches()) {
      throw DomainException.invalid(
          "code.invalid", "Please type the 6-digit code from your app or a recovery code.");
    }
  }

  /** A fresh code from a random token. */
  public static RecoveryCode from(TokenValue random) {
    byte[] bytes = java.util.Base64.getUrlDecoder().decode(random.value());
    String letters = Base32.encode(java.util.Arrays.copyOf(bytes, 7)).toLowerCase(Locale.ROOT);
    return new RecoveryCode(letters.substring(0, 5) + "-" + letters.substring(5, 10));
  }

  /** Reads a typed code, ignoring case, spaces and the hyphen's presence. */
  public static RecoveryCode typed(String text) {
    String letters = SecondFactor.normalise(text).replace("-", "").toLowerCase(Locale.ROOT);
    if (letters.length() != 10) {
      return new RecoveryCode(letters);
    }
    return new RecoveryCode(letters.substring(0, 5) + "-" + letters.substring(5));
  }

  public TokenHash hash() {
    return TokenHash.of(value);
  }

  @Override
  public String toString() {
    return "RecoveryCode[hidden]";
  }
}
