package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.ChangeEmailUseCase;
import org.microblog.application.port.in.account.ChangePasswordUseCase;
import org.microblog.application.port.in.account.DeleteAccountUseCase;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.in.account.ResetPasswordUseCase;
import org.microblog.application.port.in.account.SendVerificationUseCase;
import org.microblog.application.port.in.account.VerifyEmailUseCase;
import org.microblog.application.port.in.limits.RateLimitUseCase;
import org.microblog.application.port.in.login.AuthenticateUserUseCase;
import org.microblog.application.port.in.login.EndLoginUseCase;
import org.microblog.application.port.in.login.LogOutEverywhereUseCase;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.in.login.LoginsQuery;
import org.microblog.application.port.in.login.StartLoginUseCase;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostExportQuery;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.post.UnboostPostUseCase;
import org.microblog.application.port.in.post.UnlikePostUseCase;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.application.port.in.twofactor.DisableTwoFactorUseCase;
import org.microblog.application.port.in.twofactor.EnableTwoFactorUseCase;
import org.microblog.application.port.in.twofactor.TwoFactorQuery;
import org.microblog.application.port.in.twofactor.VerifySecondFactorUseCase;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.RecordActivityUseCase;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.application.service.limits.InProcessRateLimitCounters;
import org.microblog.application.service.limits.RateLimitBudgets;
import org.microblog.application.service.limits.RateLimitService;

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
  StartLoginUseCase startLogin() {
    return mock(StartLoginUseCase.class);
  }

  @Singleton
  EndLoginUseCase endLogin() {
    return mock(EndLoginUseCase.class);
  }

  @Singleton
  LoginsQuery logins() {
    return mock(LoginsQuery.class);
  }

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

  @Singleton
  PublishPostUseCase publishPost() {
    return mock(PublishPostUseCase.class);
  }

  @Singleton
  DeletePostUseCase deletePost() {
    return mock(DeletePostUseCase.class);
  }

  @Singleton
  ThreadQuery threads() {
    return mock(ThreadQuery.class);
  }

  @Singleton
  LikePostUseCase likePost() {
    return mock(LikePostUseCase.class);
  }

  @Singleton
  UnlikePostUseCase unlikePost() {
    return mock(UnlikePostUseCase.class);
  }

  @Singleton
  BoostPostUseCase boostPost() {
    return mock(BoostPostUseCase.class);
  }

  @Singleton
  UnboostPostUseCase unboostPost() {
    return mock(UnboostPostUseCase.class);
  }

  @Singleton
  PostCardsQuery postCards() {
    return mock(PostCardsQuery.class);
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

  /**
   * The rate limits are the application's real ones, on in-process counters, so that web tests see
   * 429s; a test class sets small budgets through the same {@code microblog.limits.*} properties.
   */
  @Singleton
  RateLimitUseCase rateLimits(Environment environment) {
    RateLimitBudgets defaults = RateLimitBudgets.DEFAULTS;
    RateLimitBudgets budgets =
        new RateLimitBudgets(
            environment.getProperty(
                "microblog.limits.failed-logins-per-minute",
                Integer.class,
                defaults.failedLoginsPerMinute()),
            environment.getProperty(
                "microblog.limits.registrations-per-hour",
                Integer.class,
                defaults.registrationsPerHour()),
            environment.getProperty(
                "microblog.limits.posts-per-minute", Integer.class, defaults.postsPerMinute()));
    return new RateLimitService(new InProcessRateLimitCounters(), budgets, Clock.systemUTC());
  }
}
