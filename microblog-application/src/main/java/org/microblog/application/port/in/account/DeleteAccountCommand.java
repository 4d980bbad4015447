package org.microblog.application.port.in.account;

import java.util.Objects;
import org.microblog.domain.user.UserId;

/** Leaving: one's own account, confirmed with its password (raw, as typed). */
public record DeleteAccountCommand(UserId user, String password) {
  public DeleteAccountCommand {
    Objects.requireNonNull(user, "user");
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "DeleteAccountCommand[" + user + ", password hidden]";
  }
}
