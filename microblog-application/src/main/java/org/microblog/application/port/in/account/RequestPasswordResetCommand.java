package org.microblog.application.port.in.account;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;

/**
 * Someone asks for a password reset link for an address.
 *
 * @param language the language of the page they asked from: the mail's, unless the account chose
 *     one
 */
public record RequestPasswordResetCommand(EmailAddress email, Optional<Language> language) {
  public RequestPasswordResetCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(language, "language");
  }

  /** Asked for from nowhere in particular: the mail is in the account's language or English. */
  public RequestPasswordResetCommand(EmailAddress email) {
    this(email, Optional.empty());
  }
}
