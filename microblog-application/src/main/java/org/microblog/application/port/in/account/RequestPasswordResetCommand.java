package org.microblog.application.port.in.account;

import java.util.Objects;
import org.microblog.domain.user.EmailAddress;

/** Someone asks for a password reset link for an address. */
public record RequestPasswordResetCommand(EmailAddress email) {
  public RequestPasswordResetCommand {
    Objects.requireNonNull(email, "email");
  }
}
