package org.microblog.boot;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.microblog.application.crypto.SecureRandomTokenGenerator;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.ChangeEmailUseCase;
import org.microblog.application.port.in.account.ChangePasswordUseCase;
import org.microblog.application.port.in.account.DeleteAccountUseCase;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.in.account.ResetPasswordUseCase;
import org.microblog.application.port.in.account.SendVerificationUseCase;
import org.microblog.application.port.in.account.VerifyEmailUseCase;
import org.microblog.application.port.in.login.AuthenticateUserUseCase;
import org.microblog.application.port.in.login.LogOutEverywhereUseCase;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.PostExportQuery;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.RecordActivityUseCase;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.account.MailQuotaPort;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LoadProfilePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.application.service.account.AccountService;
import org.microblog.application.service.account.AccountTokenService;
import org.microblog.application.service.account.ChangeEmailService;
import org.microblog.application.service.account.ChangePasswordService;
import org.microblog.application.service.account.DeleteAccountService;
import org.microblog.application.service.account.RequestPasswordResetService;
import org.microblog.application.service.account.ResetPasswordService;
import org.microblog.application.service.account.SendVerificationService;
import org.microblog.application.service.account.TokenMail;
import org.microblog.application.service.account.VerifyEmailService;
import org.microblog.application.service.login.AuthenticateUserService;
import org.microblog.application.service.login.LogOutEverywhereService;
import org.microblog.application.service.login.LoginValidityService;
import org.microblog.application.service.login.RecentlyValidLogins;
import org.microblog.application.service.post.DeletePostService;
import org.microblog.application.service.post.PostExportService;
import org.microblog.application.service.post.PublishPostService;
import org.microblog.application.service.timeline.TimelineService;
import org.microblog.application.service.user.FollowUserService;
import org.microblog.application.service.user.ProfileService;
import org.microblog.application.service.user.RecordActivityService;
import org.microblog.application.service.user.RegisterUserService;
import org.microblog.application.service.user.UnfollowUserService;
import org.microblog.application.service.user.UpdateProfileService;

/**
 * Wires the framework-free use cases to the adapters' ports, so that the application module needs
 * no Micronaut annotations.
 */
@Factory
final class UseCaseFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  PasswordHasher passwordHasher(@Value("${microblog.password.bcrypt-cost:10}") int cost) {
    return new BcryptPasswordHasher(cost);
  }

  @Singleton
  RegisterUserUseCase registerUser(
      SaveUserPort users,
      PasswordHasher hasher,
      Clock clock,
      SendVerificationUseCase sendVerification) {
    return new RegisterUserService(users, hasher, clock, sendVerification);
  }

  @Singleton
  AuthenticateUserUseCase authenticateUser(
      LoadUserPort users, SaveUserPort saveUsers, PasswordHasher hasher) {
    return new AuthenticateUserService(users, saveUsers, hasher);
  }

  /** {@code microblog.require-verified-email}: an operator may refuse unverified authors. */
  @Singleton
  PublishPostUseCase publishPost(
      SavePostPort posts,
      Clock clock,
      LoadUserPort users,
      @Value("${microblog.require-verified-email:false}") boolean requireVerifiedEmail) {
    return new PublishPostService(posts, clock, users, requireVerifiedEmail);
  }

  @Singleton
  DeletePostUseCase deletePost(LoadPostPort loadPosts, SavePostPort savePosts) {
    return new DeletePostService(loadPosts, savePosts);
  }

  @Singleton
  FollowUserUseCase followUser(LoadUserPort users, FollowPort follows) {
    return new FollowUserService(users, follows);
  }

  @Singleton
  UnfollowUserUseCase unfollowUser(LoadUserPort users, FollowPort follows) {
    return new UnfollowUserService(users, follows);
  }

  @Singleton
  UpdateProfileUseCase updateProfile(SaveUserPort users) {
    return new UpdateProfileService(users);
  }

  @Singleton
  RecordActivityUseCase recordActivity(RecordLastSeenPort lastSeen, Clock clock) {
    return new RecordActivityService(lastSeen, clock);
  }

  @Singleton
  TimelineQuery timelines(LoadTimelinePort timelines) {
    return new TimelineService(timelines);
  }

  @Singleton
  ProfileQuery profiles(LoadProfilePort profiles) {
    return new ProfileService(profiles);
  }

  @Singleton
  AccountQuery accounts(LoadUserPort users) {
    return new AccountService(users);
  }

  // --- accounts by mail ---

  @Singleton
  TokenGenerator tokenGenerator() {
    return new SecureRandomTokenGenerator();
  }

  @Singleton
  TokenMail tokenMail(
      AccountTokenPort tokens,
      MailQuotaPort quota,
      TokenGenerator generator,
      MailSender sender,
      Clock clock) {
    return new TokenMail(tokens, quota, generator, sender, clock);
  }

  @Singleton
  SendVerificationUseCase sendVerification(
      LoadUserPort users, AccountMails mails, TokenMail tokenMail) {
    return new SendVerificationService(users, mails, tokenMail);
  }

  @Singleton
  RequestPasswordResetUseCase requestPasswordReset(
      LoadUserPort users, AccountMails mails, TokenMail tokenMail) {
    return new RequestPasswordResetService(users, mails, tokenMail);
  }

  @Singleton
  ResetPasswordUseCase resetPassword(
      AccountTokenPort tokens,
      LoadUserPort loadUsers,
      SaveUserPort users,
      PasswordHasher hasher,
      Clock clock,
      RecentlyValidLogins recentLogins) {
    return new ResetPasswordService(tokens, loadUsers, users, hasher, clock, recentLogins);
  }

  @Singleton
  AccountTokenQuery accountTokens(AccountTokenPort tokens, Clock clock) {
    return new AccountTokenService(tokens, clock);
  }

  @Singleton
  VerifyEmailUseCase verifyEmail(
      AccountTokenPort tokens,
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      AccountMails mails,
      MailSender sender,
      Clock clock) {
    return new VerifyEmailService(tokens, loadUsers, saveUsers, mails, sender, clock);
  }

  @Singleton
  ChangeEmailUseCase changeEmail(
      LoadUserPort users, PasswordHasher hasher, AccountMails mails, TokenMail tokenMail) {
    return new ChangeEmailService(users, hasher, mails, tokenMail);
  }

  @Singleton
  ChangePasswordUseCase changePassword(
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      PasswordHasher hasher,
      Clock clock,
      RecentlyValidLogins recentLogins) {
    return new ChangePasswordService(loadUsers, saveUsers, hasher, clock, recentLogins);
  }

  @Singleton
  DeleteAccountUseCase deleteAccount(
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      PasswordHasher hasher,
      RecentlyValidLogins recentLogins) {
    return new DeleteAccountService(loadUsers, saveUsers, hasher, recentLogins);
  }

  @Singleton
  PostExportQuery postExport(LoadPostPort posts) {
    return new PostExportService(posts);
  }

  /**
   * {@code microblog.login-check-cache}: how long this instance trusts a login it found valid;
   * other instances notice an ended login within this time.
   */
  @Singleton
  RecentlyValidLogins recentlyValidLogins(
      @Value("${microblog.login-check-cache:5s}") Duration ttl, Clock clock) {
    return new RecentlyValidLogins(ttl, clock);
  }

  @Singleton
  LoginValidityQuery loginValidity(LoadUserPort users, RecentlyValidLogins recentLogins) {
    return new LoginValidityService(users, recentLogins);
  }

  @Singleton
  LogOutEverywhereUseCase logOutEverywhere(
      SaveUserPort users, Clock clock, RecentlyValidLogins recentLogins) {
    return new LogOutEverywhereService(users, clock, recentLogins);
  }
}
