package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.twofactor.DisableTwoFactorUseCase;
import org.microblog.application.port.in.twofactor.EnableTwoFactorUseCase;
import org.microblog.application.port.in.twofactor.TwoFactorQuery;
import org.microblog.application.port.in.twofactor.VerifySecondFactorUseCase;

/** The use cases of {@code port.in.twofactor} (two-factor authentication) as Mockito mocks. */
@Factory
final class MockTwoFactorUseCases {

  @Singleton
  TwoFactorQuery twoFactor() {
    return mock(TwoFactorQuery.class);
  }

  @Singleton
  EnableTwoFactorUseCase enableTwoFactor() {
    return mock(EnableTwoFactorUseCase.class);
  }

  @Singleton
  DisableTwoFactorUseCase disableTwoFactor() {
    return mock(DisableTwoFactorUseCase.class);
  }

  @Singleton
  VerifySecondFactorUseCase verifySecondFactor() {
    return mock(VerifySecondFactorUseCase.class);
  }
}
