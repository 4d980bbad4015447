package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.twofactor.DisableTwoFactorUseCase;
import org.microblog.application.port.in.twofactor.EnableTwoFactorUseCase;
import org.microblog.application.port.in.twofactor.TwoFactorQuery;
import org.microblog.application.port.in.twofactor.VerifySecondFactorUseCase;

/** The use cases of {@code port.in.twofactor} (two-factor authentication) as beans. */
@Factory
final class TwoFactorUseCaseBeans {

  @Singleton
  TwoFactorQuery twoFactor(Microblog microblog) {
    return microblog.twoFactor();
  }

  @Singleton
  EnableTwoFactorUseCase enableTwoFactor(Microblog microblog) {
    return microblog.enableTwoFactor();
  }

  @Singleton
  DisableTwoFactorUseCase disableTwoFactor(Microblog microblog) {
    return microblog.disableTwoFactor();
  }

  @Singleton
  VerifySecondFactorUseCase verifySecondFactor(Microblog microblog) {
    return microblog.verifySecondFactor();
  }
}
