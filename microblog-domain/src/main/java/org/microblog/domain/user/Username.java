package org.microblog.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * A public handle: 3 to 30 ASCII letters, digits or underscores. Two usernames that differ only in
 * case belong to the same person, so uniqueness is decided on {@link #canonical()}.
 */
public record Username(String value) {
  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 30;
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_]+");

  public Username {
    value = Text.orEmpty(value).strip();
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw DomainException.invalid(
          "username.length",
          "Username must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters.");
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw DomainException.invalid(
          "username.characters", "Username may contain only letters, digits and underscores.");
    }
  }

  /** The form that decides uniqueness: lower case. */
  public String canonical() {
    return value.toLowerCase(Locale.ROOT);
  }

  /** The refusal when another account already has this username, in whatever case. */
  public static DomainException taken() {
    return DomainException.conflict("username.taken", "That username is taken.");
  }

  /** True when both name the same account, ignoring case. */
  public boolean sameAs(Username other) {
    return canonical().equals(other.canonical());
  }

  @Override
  public String toString() {
    return value;
  }
}
