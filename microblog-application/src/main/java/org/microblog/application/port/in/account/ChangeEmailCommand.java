package org.microblog.application.port.in.account;

import java.util.Objects;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;

/**
 * A new address for one's account, confirmed with the current password (raw, as typed: it is
 * compared, never stored).
 */
public record ChangeEmailCommand(UserId user, String currentPassword, EmailAddress newEmail) {
  public ChangeEmailCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(newEmail, "newEmail");
    currentPassword = currentPassword == null ? "" : currentPassword;
  }

  @Override
  public String toString() {
    return "ChangeEmailCommand[" + user + ", " + newEmail + ", password hidden]";
  }
}
