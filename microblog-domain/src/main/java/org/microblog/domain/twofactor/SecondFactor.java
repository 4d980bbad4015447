package org.microblog.domain.twofactor;

import java.util.Optional;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/** What the second login step accepts: an app's code or a recovery code, told apart by shape. */
public record SecondFactor(Optional<TotpCode> totp, Optional<RecoveryCode> recovery) {
  /** The longest text the code field takes. */
  public static final int MAX_LENGTH = 32;

  public SecondFactor {
    if (totp.isPresent() == recovery.isPresent()) {
      throw new IllegalArgumentException("exactly one kind of code");
    }
  }

  /** Six digits are an app's code; anything else must be a recovery code. */
  public static SecondFactor typed(String text) {
    String clean = normalise(text);
    if (clean.chars().allMatch(Character::isDigit) && !clean.isEmpty()) {
      return new SecondFactor(Optional.of(TotpCode.typed(clean)), Optional.empty());
    }
    return new SecondFactor(Optional.empty(), Optional.of(RecoveryCode.typed(clean)));
  }

  /** Drops spaces; refuses what is longer than any code could be, before looking further. */
  static String normalise(String text) {
    String raw = Text.orEmpty(text);
    if (Text.length(raw) > MAX_LENGTH) {
      throw DomainException.invalid("code.too_long", "That is longer than any code.");
    }
    return raw.strip().replace(" ", "");
  }
}
