package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.AccountQuery;
import org.microblog.application.port.in.AccountTokenQuery;
import org.microblog.application.port.in.AuthenticateUserUseCase;
import org.microblog.application.port.in.ChangeEmailUseCase;
import org.microblog.application.port.in.ChangePasswordUseCase;
import org.microblog.application.port.in.DeleteAccountUseCase;
import org.microblog.application.port.in.DeletePostUseCase;
import org.microblog.application.port.in.FollowUserUseCase;
import org.microblog.application.port.in.LogOutEverywhereUseCase;
import org.microblog.application.port.in.LoginValidityQuery;
import org.microblog.application.port.in.PostExportQuery;
import org.microblog.application.port.in.ProfileQuery;
import org.microblog.application.port.in.PublishPostUseCase;
import org.microblog.application.port.in.RecordActivityUseCase;
import org.microblog.application.port.in.RegisterUserUseCase;
import org.microblog.application.port.in.RequestPasswordResetUseCase;
import org.microblog.application.port.in.ResetPasswordUseCase;
import org.microblog.application.port.in.SendVerificationUseCase;
import org.microblog.application.port.in.TimelineQuery;
import org.microblog.application.port.in.UnfollowUserUseCase;
import org.microblog.application.port.in.UpdateProfileUseCase;
import org.microblog.application.port.in.VerifyEmailUseCase;

/** Every use case as a Mockito mock, so web tests run without a database. */
@Factory
final class MockUseCases {
  @Singleton
  RegisterUserUseCase registerUser() {
    return mock(RegisterUserUseCase.class);
  }

  @Singleton
  AuthenticateUserUseCase authenticateUser() {
    return mock(AuthenticateUserUseCase.class);
  }

  @Singleton
  PublishPostUseCase publishPost() {
    return mock(PublishPostUseCase.class);
  }

  @Singleton
  DeletePostUseCase deletePost() {
    return mock(DeletePostUseCase.class);
  }

  @Singleton
  FollowUserUseCase followUser() {
    return mock(FollowUserUseCase.class);
  }

  @Singleton
  UnfollowUserUseCase unfollowUser() {
    return mock(UnfollowUserUseCase.class);
  }

  @Singleton
  UpdateProfileUseCase updateProfile() {
    return mock(UpdateProfileUseCase.class);
  }

  @Singleton
  RecordActivityUseCase recordActivity() {
    return mock(RecordActivityUseCase.class);
  }

  @Singleton
  TimelineQuery timelines() {
    return mock(TimelineQuery.class);
  }

  @Singleton
  ProfileQuery profiles() {
    return mock(ProfileQuery.class);
  }

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
  LoginValidityQuery loginValidityQuery() {
    return mock(LoginValidityQuery.class);
  }

  @Singleton
  LogOutEverywhereUseCase logOutEverywhere() {
    return mock(LogOutEverywhereUseCase.class);
  }

  @Singleton
  PostExportQuery postExportQuery() {
    return mock(PostExportQuery.class);
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
