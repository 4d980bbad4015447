package org.microblog.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * A mail address of plain, common syntax (local part, one {@code @}, a dotted domain), at most 254
 * characters as RFC 5321 allows. Uniqueness ignores case ({@link #canonical()}).
 */
public record EmailAddress(String value) {
  public static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_PART = 64;
  private static final Pattern SYNTAX =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  public EmailAddress {
    value = Text.orEmpty(value).strip();
    if (value.isEmpty()) {
      throw DomainException.invalid("email.missing", "Please enter your email address.");
    }
    if (value.length() > MAX_LENGTH) {
      throw DomainException.invalid(
          "email.length", "Email address must be at most " + MAX_LENGTH + " characters.");
    }
    int at = value.lastIndexOf('@');
    if (at > MAX_LOCAL_PART || !SYNTAX.matcher(value).matches()) {
      throw DomainException.invalid("email.syntax", "Please enter a valid email address.");
    }
  }

  /** The refusal when another account already uses this address, in whatever case. */
  public static DomainException taken() {
    return DomainException.conflict("email.taken", "That email address is already registered.");
  }

  /** The form that decides uniqueness: lower case. */
  public String canonical() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
