package org.microblog.boot;

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

/**
 * Makes each use case of the composition root a bean, so that controllers and filters inject just
 * the ones they drive. {@code UseCaseBeansTest} fails when a use case of {@link Microblog} is
 * missing here.
 */
@Factory
final class UseCaseBeans {

  @Singleton
  RegisterUserUseCase registerUser(Microblog microblog) {
    return microblog.registerUser();
  }

  @Singleton
  UpdateProfileUseCase updateProfile(Microblog microblog) {
    return microblog.updateProfile();
  }

  @Singleton
  FollowUserUseCase followUser(Microblog microblog) {
    return microblog.followUser();
  }

  @Singleton
  UnfollowUserUseCase unfollowUser(Microblog microblog) {
    return microblog.unfollowUser();
  }

  @Singleton
  RecordActivityUseCase recordActivity(Microblog microblog) {
    return microblog.recordActivity();
  }

  @Singleton
  ProfileQuery profiles(Microblog microblog) {
    return microblog.profiles();
  }

  @Singleton
  PublishPostUseCase publishPost(Microblog microblog) {
    return microblog.publishPost();
  }

  @Singleton
  DeletePostUseCase deletePost(Microblog microblog) {
    return microblog.deletePost();
  }

  @Singleton
  ThreadQuery threads(Microblog microblog) {
    return microblog.threads();
  }

  @Singleton
  LikePostUseCase likePost(Microblog microblog) {
    return microblog.likePost();
  }

  @Singleton
  UnlikePostUseCase unlikePost(Microblog microblog) {
    return microblog.unlikePost();
  }

  @Singleton
  BoostPostUseCase boostPost(Microblog microblog) {
    return microblog.boostPost();
  }

  @Singleton
  UnboostPostUseCase unboostPost(Microblog microblog) {
    return microblog.unboostPost();
  }

  @Singleton
  PostCardsQuery postCards(Microblog microblog) {
    return microblog.postCards();
  }

  @Singleton
  PostExportQuery postExport(Microblog microblog) {
    return microblog.postExport();
  }

  @Singleton
  TimelineQuery timelines(Microblog microblog) {
    return microblog.timelines();
  }

  @Singleton
  AuthenticateUserUseCase authenticateUser(Microblog microblog) {
    return microblog.authenticateUser();
  }

  @Singleton
  LoginValidityQuery loginValidity(Microblog microblog) {
    return microblog.loginValidity();
  }

  @Singleton
  LogOutEverywhereUseCase logOutEverywhere(Microblog microblog) {
    return microblog.logOutEverywhere();
  }

  @Singleton
  StartLoginUseCase startLogin(Microblog microblog) {
    return microblog.startLogin();
  }

  @Singleton
  EndLoginUseCase endLogin(Microblog microblog) {
    return microblog.endLogin();
  }

  @Singleton
  LoginsQuery logins(Microblog microblog) {
    return microblog.logins();
  }

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

  @Singleton
  RateLimitUseCase rateLimits(Microblog microblog) {
    return microblog.rateLimits();
  }
}
