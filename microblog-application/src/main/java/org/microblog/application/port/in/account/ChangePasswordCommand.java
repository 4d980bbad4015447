package org.microblog.application.port.in.account;

import java.util.Objects;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.UserId;

/** A new password for one's account, confirmed with the current one (raw, as typed). */
public record ChangePasswordCommand(UserId user, String currentPassword, Password newPassword) {
  public ChangePasswordCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(newPassword, "newPassword");
    currentPassword = currentPassword == null ? "" : currentPassword;
  }

  @Override
  public String toString() {
    return "ChangePasswordCommand[" + user + ", passwords hidden]";
  }
}
