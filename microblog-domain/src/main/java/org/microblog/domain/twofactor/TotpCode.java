package org.microblog.domain.twofactor;

import java.util.regex.Pattern;
import org.microblog.domain.shared.DomainException;

/** A 6-digit code as typed from an authenticator app; spaces in it are ignored. */
public record TotpCode(String value) {
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{" + Totp.DIGITS + "}");

  public TotpCode {
    if (value == null || !SIX_DIGITS.matcher(value).matches()) {
      throw DomainException.invalid("code.invalid", "Please type the 6-digit code from your app.");
    }
  }

  /** Reads a typed code: at most {@link SecondFactor#MAX_LENGTH} characters, spaces dropped. */
  public static TotpCode typed(String text) {
    return new TotpCode(SecondFactor.normalise(text));
  }
}
