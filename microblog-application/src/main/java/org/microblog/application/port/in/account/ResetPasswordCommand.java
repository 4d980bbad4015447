package org.microblog.application.port.in.account;

import java.util.Objects;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.Password;

/** A new password, chosen through a mailed reset link. */
public record ResetPasswordCommand(TokenValue token, Password password) {
  public ResetPasswordCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(password, "password");
  }
}
