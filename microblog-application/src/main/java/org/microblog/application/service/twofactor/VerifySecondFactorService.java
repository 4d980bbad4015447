package org.microblog.application.service.twofactor;

import java.time.Clock;
import java.util.Optional;
import org.microblog.application.port.in.twofactor.VerifySecondFactorUseCase;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.domain.twofactor.SecondFactor;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.UserId;

/**
 * Checks the second login step. An app's code is used up with its step (a replay, even on another
 * instance, finds the step taken); a recovery code is used up by deleting its hash.
 */
public final class VerifySecondFactorService implements VerifySecondFactorUseCase {
  private final TwoFactorPort twoFactor;
  private final Clock clock;

  public VerifySecondFactorService(TwoFactorPort twoFactor, Clock clock) {
    this.twoFactor = twoFactor;
    this.clock = clock;
  }

  @Override
  public boolean verify(UserId user, SecondFactor code) {
    Optional<TwoFactor> settings = twoFactor.find(user);
    if (settings.isEmpty()) {
      return false;
    }
    if (code.recovery().isPresent()) {
      return twoFactor.useRecoveryCode(user, code.recovery().get().hash());
    }
    return settings.get().accepts(code.totp().orElseThrow(), clock.instant()).stream()
        .anyMatch(step -> twoFactor.useStep(user, step));
  }
}
