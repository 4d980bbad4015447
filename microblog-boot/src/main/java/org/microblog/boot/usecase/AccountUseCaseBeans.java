package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
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
 * account) as beans.
 */
@Factory
final class AccountUseCaseBeans {

  @Singleton
  AccountQuery accounts(Microblog microblog) {
    return microblog.accounts();
  }

  @Singleton
  AccountTokenQuery accountTokens(Microblog microblog) {
    return microblog.accountTokens();
  }

  @Singleton
  SendVerificationUseCase sendVerification(Microblog microblog) {
    return microblog.sendVerification();
  }

  @Singleton
  VerifyEmailUseCase verifyEmail(Microblog microblog) {
    return microblog.verifyEmail();
  }

  @Singleton
  RequestPasswordResetUseCase requestPasswordReset(Microblog microblog) {
    return microblog.requestPasswordReset();
  }

  @Singleton
  ResetPasswordUseCase resetPassword(Microblog microblog) {
    return microblog.resetPassword();
  }

  @Singleton
  ChangeEmailUseCase changeEmail(Microblog microblog) {
    return microblog.changeEmail();
  }

  @Singleton
  ChangePasswordUseCase changePassword(Microblog microblog) {
    return microblog.changePassword();
  }

  @Singleton
  DeleteAccountUseCase deleteAccount(Microblog microblog) {
    return microblog.deleteAccount();
  }
}
