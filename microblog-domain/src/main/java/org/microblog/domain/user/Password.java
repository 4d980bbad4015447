package org.microblog.domain.user;

import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * A new password in plain text: 8 to 128 characters and not one of the 10,000 most common
 * passwords. It exists only on its way to the hasher and never prints itself.
 */
public record Password(String value) {
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  public Password {
    value = Text.orEmpty(value);
    int length = Text.length(value);
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw DomainException.invalid(
          "password.length",
          "Password must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters.");
    }
    if (CommonPasswords.contains(value)) {
      throw DomainException.invalid(
          "password.common",
          "That password is one of the most common ones, which attackers try first. Please choose"
              + " another.");
    }
  }

  /** A password must not be the account's own username or email address, in any case. */
  public void ensureNotPersonal(Username username, EmailAddress email) {
    if (value.equalsIgnoreCase(username.value()) || value.equalsIgnoreCase(email.value())) {
      throw DomainException.invalid(
          "password.personal", "Your password must not be your username or email address.");
    }
  }

  /** A new password typed twice: both must match. */
  public static Password confirmed(String password, String confirmation) {
    Password chosen = new Password(password);
    if (!chosen.value.equals(Text.orEmpty(confirmation))) {
      throw DomainException.invalid("confirm.mismatch", "The two passwords do not match.");
    }
    return chosen;
  }

  @Override
  public String toString() {
    return "Password[hidden]";
  }
}
