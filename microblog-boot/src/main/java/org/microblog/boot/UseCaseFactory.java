package org.microblog.boot;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.microblog.application.inmemory.SecureRandomTokenGenerator;
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
import org.microblog.application.port.out.AccountMails;
import org.microblog.application.port.out.AccountTokenPort;
import org.microblog.application.port.out.FollowPort;
import org.microblog.application.port.out.LoadPostPort;
import org.microblog.application.port.out.LoadProfilePort;
import org.microblog.application.port.out.LoadTimelinePort;
import org.microblog.application.port.out.LoadUserPort;
import org.microblog.application.port.out.MailQuotaPort;
import org.microblog.application.port.out.MailSender;
import org.microblog.application.port.out.PasswordHasher;
import org.microblog.application.port.out.RecordLastSeenPort;
import org.microblog.application.port.out.SavePostPort;
import org.microblog.application.port.out.SaveUserPort;
import org.microblog.application.port.out.TokenGenerator;
import org.microblog.application.service.AccountService;
import org.microblog.application.service.AccountTokenService;
import org.microblog.application.service.AuthenticateUserService;
import org.microblog.application.service.ChangeEmailService;
import org.microblog.application.service.ChangePasswordService;
import org.microblog.application.service.DeleteAccountService;
import org.microblog.application.service.DeletePostService;
import org.microblog.application.service.FollowUserService;
import org.microblog.application.service.LogOutEverywhereService;
import org.microblog.application.service.LoginValidityService;
import org.microblog.application.service.PostExportService;
import org.microblog.application.service.ProfileService;
import org.microblog.application.service.PublishPostService;
import org.microblog.application.service.RecentlyValidLogins;
import org.microblog.application.service.RecordActivityService;
import org.microblog.application.service.RegisterUserService;
import org.microblog.application.service.RequestPasswordResetService;
import org.microblog.application.service.ResetPasswordService;
import org.microblog.application.service.SendVerificationService;
import org.microblog.application.service.TimelineService;
import org.microblog.application.service.TokenMail;
import org.microblog.application.service.UnfollowUserService;
import org.microblog.application.service.UpdateProfileService;
import org.microblog.application.service.VerifyEmailService;

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
