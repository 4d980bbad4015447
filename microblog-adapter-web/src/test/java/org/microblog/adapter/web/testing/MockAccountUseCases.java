package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.ChangeEmailUseCase;
import org.microblog.application.port.in.account.ChangePasswordUseCase;
import org.microblog.application.port.in.account.DeleteAccountUseCase;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.in.account.ResetPasswordUseCase;
import org.microblog.application.port.in.account.SendVerificationUseCase;
import org.microblog.application.port.in.account.VerifyEmailUseCase;

/**
 * The use cases of {@code port.in.account} (accounts by mail: addresses, passwords, deleting an
 * account) as Mockito mocks.
 */
@Factory
final class MockAccountUseCases {

  @Singleton
  AccountQuery accounts() {
    return mock(AccountQuery.class);
  }

  @Singleton
  AccountTokenQuery accountTokenQuery() {
    return mock(AccountTokenQuery.class);
  }

  @Singleton
  ChangeEmailUseCase changeEmailUseCase() {
    return mock(ChangeEmailUseCase.class);
  }

  @Singleton
  ChangePasswordUseCase changePasswordUseCase() {
    return mock(ChangePasswordUseCase.class);
  }

  @Singleton
  DeleteAccountUseCase deleteAccountUseCase() {
    return mock(DeleteAccountUseCase.class);
  }

  @Singleton
  RequestPasswordResetUseCase requestPasswordResetUseCase() {
    return mock(RequestPasswordResetUseCase.class);
  }

  @Singleton
  ResetPasswordUseCase resetPasswordUseCase() {
    return mock(ResetPasswordUseCase.class);
  }

  @Singleton
  SendVerificationUseCase sendVerificationUseCase() {
    return mock(SendVerificationUseCase.class);
  }

  @Singleton
  VerifyEmailUseCase verifyEmailUseCase() {
    return mock(VerifyEmailUseCase.class);
  }
}
