package org.microblog.application;

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
import org.microblog.application.port.in.message.ConversationsQuery;
import org.microblog.application.port.in.message.DeleteMessageUseCase;
import org.microblog.application.port.in.message.MessageExportQuery;
import org.microblog.application.port.in.message.ReadConversationUseCase;
import org.microblog.application.port.in.message.SendMessageUseCase;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.EditPostUseCase;
import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostExportQuery;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.post.UnboostPostUseCase;
import org.microblog.application.port.in.post.UnlikePostUseCase;
import org.microblog.application.port.in.search.SearchResultsQuery;
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
import org.microblog.application.service.account.AccountService;
import org.microblog.application.service.account.AccountTokenService;
import org.microblog.application.service.account.Accounts;
import org.microblog.application.service.account.ChangeEmailService;
import org.microblog.application.service.account.ChangePasswordService;
import org.microblog.application.service.account.DeleteAccountService;
import org.microblog.application.service.account.RequestPasswordResetService;
import org.microblog.application.service.account.ResetPasswordService;
import org.microblog.application.service.account.SendVerificationService;
import org.microblog.application.service.account.TokenMail;
import org.microblog.application.service.account.VerifyEmailService;
import org.microblog.application.service.limits.RateLimitService;
import org.microblog.application.service.login.AccountLogins;
import org.microblog.application.service.login.AuthenticateUserService;
import org.microblog.application.service.login.EndLoginService;
import org.microblog.application.service.login.LogOutEverywhereService;
import org.microblog.application.service.login.LoginValidityService;
import org.microblog.application.service.login.LoginsService;
import org.microblog.application.service.login.NewBrowserMail;
import org.microblog.application.service.login.RecentlyValidLogins;
import org.microblog.application.service.login.SecurityMail;
import org.microblog.application.service.login.StartLoginService;
import org.microblog.application.service.message.ConversationsService;
import org.microblog.application.service.message.DeleteMessageService;
import org.microblog.application.service.message.MessageExportService;
import org.microblog.application.service.message.ReadConversationService;
import org.microblog.application.service.message.SendMessageService;
import org.microblog.application.service.notification.Notifier;
import org.microblog.application.service.notification.ReadNotificationsService;
import org.microblog.application.service.post.BoostPostService;
import org.microblog.application.service.post.DeletePostService;
import org.microblog.application.service.post.EditPostService;
import org.microblog.application.service.post.EditablePostService;
import org.microblog.application.service.post.LikePostService;
import org.microblog.application.service.post.PostCardsService;
import org.microblog.application.service.post.PostExportService;
import org.microblog.application.service.post.PostHistoryService;
import org.microblog.application.service.post.PublishPostService;
import org.microblog.application.service.post.ThreadService;
import org.microblog.application.service.post.UnboostPostService;
import org.microblog.application.service.post.UnlikePostService;
import org.microblog.application.service.search.SearchService;
import org.microblog.application.service.timeline.TimelineService;
import org.microblog.application.service.twofactor.DisableTwoFactorService;
import org.microblog.application.service.twofactor.EnableTwoFactorService;
import org.microblog.application.service.twofactor.TwoFactorService;
import org.microblog.application.service.twofactor.VerifySecondFactorService;
import org.microblog.application.service.user.FollowUserService;
import org.microblog.application.service.user.ProfileService;
import org.microblog.application.service.user.RecordActivityService;
import org.microblog.application.service.user.RegisterUserService;
import org.microblog.application.service.user.UnfollowUserService;
import org.microblog.application.service.user.UpdateProfileService;

/**
 * Every use case of Microblog, and the one place that builds them: {@link #wire} is the composition
 * root. Boot's Micronaut factory and the in-memory kit both call it, so adding a use case means
 * adding one component here and one line in {@code wire}.
 */
public record Microblog(
    RegisterUserUseCase registerUser,
    UpdateProfileUseCase updateProfile,
    FollowUserUseCase followUser,
    UnfollowUserUseCase unfollowUser,
    RecordActivityUseCase recordActivity,
    ProfileQuery profiles,
    PublishPostUseCase publishPost,
    DeletePostUseCase deletePost,
    EditPostUseCase editPost,
    EditablePostQuery editablePosts,
    PostHistoryQuery postHistory,
    ThreadQuery threads,
    LikePostUseCase likePost,
    UnlikePostUseCase unlikePost,
    BoostPostUseCase boostPost,
    UnboostPostUseCase unboostPost,
    PostCardsQuery postCards,
    PostExportQuery postExport,
    TimelineQuery timelines,
    ReadNotificationsUseCase readNotifications,
    SendMessageUseCase sendMessage,
    ReadConversationUseCase readConversation,
    ConversationsQuery conversations,
    DeleteMessageUseCase deleteMessage,
    MessageExportQuery messageExport,
    AuthenticateUserUseCase authenticateUser,
    LoginValidityQuery loginValidity,
    LogOutEverywhereUseCase logOutEverywhere,
    StartLoginUseCase startLogin,
    EndLoginUseCase endLogin,
    LoginsQuery logins,
    TwoFactorQuery twoFactor,
    EnableTwoFactorUseCase enableTwoFactor,
    DisableTwoFactorUseCase disableTwoFactor,
    VerifySecondFactorUseCase verifySecondFactor,
    AccountQuery accounts,
    AccountTokenQuery accountTokens,
    SendVerificationUseCase sendVerification,
    VerifyEmailUseCase verifyEmail,
    RequestPasswordResetUseCase requestPasswordReset,
    ResetPasswordUseCase resetPassword,
    ChangeEmailUseCase changeEmail,
    ChangePasswordUseCase changePassword,
    DeleteAccountUseCase deleteAccount,
    RateLimitUseCase rateLimits,
    SearchResultsQuery search) {

  /** Builds every use case over the given ports, with the operator's settings. */
  public static Microblog wire(MicroblogPorts ports, MicroblogSettings settings) {
    var clock = ports.clock();
    var hasher = ports.passwordHasher();
    var mails = ports.accountMails();
    var recentLogins = new RecentlyValidLogins(settings.loginCheckCache(), clock);
    var accountLogins = new AccountLogins(ports.logins(), recentLogins);
    var notifier = new Notifier(ports.notifications(), recentLogins, clock);
    var securityMail = new SecurityMail(ports.loadUsers(), mails, ports.mailSender());
    var tokenMail =
        new TokenMail(
            ports.accountTokens(),
            ports.mailQuota(),
            ports.tokenGenerator(),
            ports.mailSender(),
            clock);
    var sendVerification = new SendVerificationService(ports.loadUsers(), mails, tokenMail);
    return new Microblog(
        new RegisterUserService(ports.saveUsers(), hasher, clock, sendVerification),
        new UpdateProfileService(ports.saveUsers()),
        new FollowUserService(ports.loadUsers(), ports.follows(), notifier),
        new UnfollowUserService(ports.loadUsers(), ports.follows()),
        new RecordActivityService(ports.lastSeen(), clock),
        new ProfileService(ports.profiles()),
        new PublishPostService(
            ports.savePosts(),
            ports.threads(),
            clock,
            ports.loadUsers(),
            ports.existingAccounts(),
            notifier,
            settings.requireVerifiedEmail()),
        new DeletePostService(ports.loadPosts(), ports.savePosts()),
        new EditPostService(
            ports.loadPosts(), ports.postVersions(), ports.existingAccounts(), notifier, clock),
        new EditablePostService(ports.loadPosts(), ports.postVersions()),
        new PostHistoryService(ports.threads(), ports.postVersions()),
        new ThreadService(ports.threads()),
        new LikePostService(ports.loadPosts(), ports.likes(), notifier),
        new UnlikePostService(ports.likes()),
        new BoostPostService(ports.loadPosts(), ports.boosts(), notifier, clock),
        new UnboostPostService(ports.boosts()),
        new PostCardsService(ports.existingAccounts(), ports.interactions()),
        new PostExportService(ports.loadPosts()),
        new TimelineService(ports.timelines()),
        new ReadNotificationsService(ports.notifications(), recentLogins),
        new SendMessageService(ports.loadUsers(), ports.messages(), recentLogins, clock),
        new ReadConversationService(ports.loadUsers(), ports.messages(), recentLogins),
        new ConversationsService(ports.messages()),
        new DeleteMessageService(ports.loadUsers(), ports.messages(), recentLogins),
        new MessageExportService(ports.messages()),
        new AuthenticateUserService(ports.loadUsers(), ports.saveUsers(), hasher),
        new LoginValidityService(ports.logins(), recentLogins, clock),
        new LogOutEverywhereService(accountLogins),
        new StartLoginService(
            ports.logins(), ports.tokenGenerator(), new NewBrowserMail(securityMail), clock),
        new EndLoginService(ports.logins(), recentLogins),
        new LoginsService(ports.logins(), clock),
        new TwoFactorService(ports.twoFactor(), ports.loadUsers(), ports.tokenGenerator()),
        new EnableTwoFactorService(ports.twoFactor(), ports.tokenGenerator(), securityMail, clock),
        new DisableTwoFactorService(
            ports.twoFactor(), new Accounts(ports.loadUsers(), hasher), securityMail, clock),
        new VerifySecondFactorService(ports.twoFactor(), clock),
        new AccountService(ports.loadUsers()),
        new AccountTokenService(ports.accountTokens(), clock),
        sendVerification,
        new VerifyEmailService(
            ports.accountTokens(),
            ports.loadUsers(),
            ports.saveUsers(),
            mails,
            ports.mailSender(),
            clock),
        new RequestPasswordResetService(ports.loadUsers(), mails, tokenMail),
        new ResetPasswordService(
            ports.accountTokens(),
            ports.loadUsers(),
            ports.saveUsers(),
            hasher,
            clock,
            accountLogins),
        new ChangeEmailService(ports.loadUsers(), hasher, mails, tokenMail),
        new ChangePasswordService(ports.loadUsers(), ports.saveUsers(), hasher, accountLogins),
        new DeleteAccountService(ports.loadUsers(), ports.saveUsers(), hasher, accountLogins),
        new RateLimitService(ports.rateLimitCounters(), settings.budgets(), clock),
        new SearchService(ports.search()));
  }
}
