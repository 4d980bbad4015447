package org.microblog.domain.twofactor;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.microblog.domain.user.UserId;

/** Two-factor authentication of an account that has it on: its secret and the last step used. */
public record TwoFactor(UserId user, TotpSecret secret, long lastUsedStep) {
  public TwoFactor {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(secret, "secret");
  }

  /** The unused step this code belongs to at {@code now}, if it is right. */
  public OptionalLong accepts(TotpCode code, Instant now) {
    return Totp.matchingStep(secret, code, now, lastUsedStep);
  }
}
