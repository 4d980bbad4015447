package org.microblog.application.port.in.twofactor;

import java.util.Objects;
import org.microblog.domain.twofactor.TotpCode;
import org.microblog.domain.user.UserId;

/** The password as typed (checked, not parsed) and a current code. */
public record DisableTwoFactorCommand(UserId user, String password, TotpCode code) {
  public DisableTwoFactorCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(code, "code");
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "DisableTwoFactorCommand[" + user + ", password hidden]";
  }
}
