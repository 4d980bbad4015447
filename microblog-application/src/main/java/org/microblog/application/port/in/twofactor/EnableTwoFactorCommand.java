package org.microblog.application.port.in.twofactor;

import java.util.Objects;
import org.microblog.domain.twofactor.TotpCode;
import org.microblog.domain.twofactor.TotpSecret;
import org.microblog.domain.user.UserId;

/** The secret the person's app now holds, and a current code from it as proof. */
public record EnableTwoFactorCommand(UserId user, TotpSecret secret, TotpCode code) {
  public EnableTwoFactorCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(code, "code");
  }
}
