package org.microblog.application.inmemory;

import java.time.Clock;
import java.time.Duration;
import org.microblog.application.crypto.Pbkdf2PasswordHasher;
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
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.user.PasswordHasher;
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
 * Every use case of Microblog wired over one {@link InMemoryStore}: the whole application in a
 * plain JVM program, with no framework and no database. Mail goes to an {@link InMemoryMailbox}.
 *
 * <pre>{@code
 * InMemoryMicroblog blog = InMemoryMicroblog.create(Clock.systemUTC());
 * UserId alice = blog.registerUser().register(new RegisterUserCommand(...));
 * }</pre>
 */
public record InMemoryMicroblog(
    InMemoryStore store,
    InMemoryMailbox mailbox,
    RegisterUserUseCase registerUser,
    AuthenticateUserUseCase authenticateUser,
    PublishPostUseCase publishPost,
    DeletePostUseCase deletePost,
    FollowUserUseCase followUser,
    UnfollowUserUseCase unfollowUser,
    UpdateProfileUseCase updateProfile,
    RecordActivityUseCase recordActivity,
    TimelineQuery timelines,
    ProfileQuery profiles,
    AccountQuery accounts,
    RequestPasswordResetUseCase requestPasswordReset,
    ResetPasswordUseCase resetPassword,
    AccountTokenQuery accountTokens,
    SendVerificationUseCase sendVerification,
    VerifyEmailUseCase verifyEmail,
    ChangeEmailUseCase changeEmail,
    ChangePasswordUseCase changePassword,
    DeleteAccountUseCase deleteAccount,
    PostExportQuery postExport,
    LoginValidityQuery loginValidity,
    LogOutEverywhereUseCase logOutEverywhere) {

  /** As long as the server trusts a login it found valid: the same rules as in production. */
  private static final Duration LOGIN_MEMORY = Duration.ofSeconds(5);

  /** A light PBKDF2 work factor: enough for tests and demos, too little for a public server. */
  private static final int DEMO_ITERATIONS = 10_000;

  public static InMemoryMicroblog create(Clock clock) {
    return create(clock, new Pbkdf2PasswordHasher(DEMO_ITERATIONS));
  }

  public static InMemoryMicroblog create(Clock clock, PasswordHasher hasher) {
    return create(clock, hasher, new SecureRandomTokenGenerator(), new PlainAccountMails());
  }

  /** With one's own token source (tests that need to know tokens) and mail wording. */
  public static InMemoryMicroblog create(
      Clock clock, PasswordHasher hasher, TokenGenerator tokens, AccountMails mails) {
    InMemoryStore store = new InMemoryStore();
    InMemoryMailbox mailbox = new InMemoryMailbox();
    TokenMail tokenMail = new TokenMail(store, store, tokens, mailbox, clock);
    RecentlyValidLogins recentLogins = new RecentlyValidLogins(LOGIN_MEMORY, clock);
    SendVerificationService sendVerification = new SendVerificationService(store, mails, tokenMail);
    return new InMemoryMicroblog(
        store,
        mailbox,
        new RegisterUserService(store, hasher, clock, sendVerification),
        new AuthenticateUserService(store, store, hasher),
        new PublishPostService(store, clock),
        new DeletePostService(store, store),
        new FollowUserService(store, store),
        new UnfollowUserService(store, store),
        new UpdateProfileService(store),
        new RecordActivityService(store, clock),
        new TimelineService(store),
        new ProfileService(store),
        new AccountService(store),
        new RequestPasswordResetService(store, mails, tokenMail),
        new ResetPasswordService(store, store, store, hasher, clock, recentLogins),
        new AccountTokenService(store, clock),
        sendVerification,
        new VerifyEmailService(store, store, store, mails, mailbox, clock),
        new ChangeEmailService(store, hasher, mails, tokenMail),
        new ChangePasswordService(store, store, hasher, clock, recentLogins),
        new DeleteAccountService(store, store, hasher, recentLogins),
        new PostExportService(store),
        new LoginValidityService(store, recentLogins),
        new LogOutEverywhereService(store, clock, recentLogins));
  }
}
