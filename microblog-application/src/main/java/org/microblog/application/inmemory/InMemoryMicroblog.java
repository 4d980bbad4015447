package org.microblog.application.inmemory;

import java.time.Clock;
import java.time.Duration;
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
import org.microblog.application.port.out.PasswordHasher;
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
