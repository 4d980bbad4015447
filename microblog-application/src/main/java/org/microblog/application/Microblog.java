package org.microblog.application;

import java.util.Map;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.ChangeEmailUseCase;
import org.microblog.application.port.in.account.ChangePasswordUseCase;
import org.microblog.application.port.in.account.DeleteAccountUseCase;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.in.account.ResetPasswordUseCase;
import org.microblog.application.port.in.account.SendVerificationUseCase;
import org.microblog.application.port.in.account.VerifyEmailUseCase;
import org.microblog.application.port.in.block.BlockQuery;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;
import org.microblog.application.port.in.export.ExportDownloadQuery;
import org.microblog.application.port.in.export.ExportStatusQuery;
import org.microblog.application.port.in.export.RequestExportUseCase;
import org.microblog.application.port.in.job.RunJobsUseCase;
import org.microblog.application.port.in.limits.RateLimitUseCase;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
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
import org.microblog.application.port.in.oauth.ApproveAuthorizationUseCase;
import org.microblog.application.port.in.oauth.AuthorisedAppsUseCase;
import org.microblog.application.port.in.oauth.AuthorizationRequestQuery;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.oauth.IssueTokenUseCase;
import org.microblog.application.port.in.oauth.RegisterAppUseCase;
import org.microblog.application.port.in.oauth.RevokeTokenUseCase;
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
import org.microblog.application.port.in.user.FollowListQuery;
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
import org.microblog.application.service.block.BlockGuard;
import org.microblog.application.service.block.BlockQueryService;
import org.microblog.application.service.block.BlockUserService;
import org.microblog.application.service.block.MuteUserService;
import org.microblog.application.service.block.UnblockUserService;
import org.microblog.application.service.block.UnmuteUserService;
import org.microblog.application.service.export.ExportDownloadService;
import org.microblog.application.service.export.ExportJobHandler;
import org.microblog.application.service.export.ExportStatusService;
import org.microblog.application.service.export.RequestExportService;
import org.microblog.application.service.job.JobHandler;
import org.microblog.application.service.job.JobRunnerService;
import org.microblog.application.service.limits.RateLimitService;
import org.microblog.application.service.live.LiveUpdatesService;
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
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.application.service.mail.BackgroundMail;
import org.microblog.application.service.mail.MailJobHandler;
import org.microblog.application.service.message.ConversationsService;
import org.microblog.application.service.message.DeleteMessageService;
import org.microblog.application.service.message.MessageExportService;
import org.microblog.application.service.message.ReadConversationService;
import org.microblog.application.service.message.SendMessageService;
import org.microblog.application.service.notification.Notifier;
import org.microblog.application.service.notification.ReadNotificationsService;
import org.microblog.application.service.oauth.ApproveAuthorizationService;
import org.microblog.application.service.oauth.AuthorisedAppsService;
import org.microblog.application.service.oauth.AuthorizationRequestService;
import org.microblog.application.service.oauth.BearerTokenService;
import org.microblog.application.service.oauth.IssueTokenService;
import org.microblog.application.service.oauth.OAuthClients;
import org.microblog.application.service.oauth.RegisterAppService;
import org.microblog.application.service.oauth.RevokeTokenService;
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
import org.microblog.application.service.user.FollowListService;
import org.microblog.application.service.user.FollowUserService;
import org.microblog.application.service.user.ProfileService;
import org.microblog.application.service.user.RecordActivityService;
import org.microblog.application.service.user.RegisterUserService;
import org.microblog.application.service.user.UnfollowUserService;
import org.microblog.application.service.user.UpdateProfileService;
import org.microblog.domain.job.JobKind;

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
    FollowListQuery followLists,
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
    RequestExportUseCase requestExport,
    ExportStatusQuery exportStatus,
    ExportDownloadQuery exportDownload,
    RunJobsUseCase runJobs,
    BlockUserUseCase blockUser,
    UnblockUserUseCase unblockUser,
    MuteUserUseCase muteUser,
    UnmuteUserUseCase unmuteUser,
    BlockQuery blocks,
    RegisterAppUseCase registerApp,
    AuthorizationRequestQuery authorizationRequests,
    ApproveAuthorizationUseCase approveAuthorization,
    IssueTokenUseCase issueToken,
    RevokeTokenUseCase revokeToken,
    BearerTokenQuery bearerTokens,
    AuthorisedAppsUseCase authorisedApps,
    LiveUpdatesQuery liveUpdates,
    SearchResultsQuery search) {

  /** Builds every use case over the given ports, with the operator's settings. */
  public static Microblog wire(MicroblogPorts ports, MicroblogSettings settings) {
    var clock = ports.clock();
    var hasher = ports.passwordHasher();
    var mails = ports.accountMails();
    var recentLogins = new RecentlyValidLogins(settings.loginCheckCache(), clock);
    var changes = new ViewerChanges(recentLogins, ports.events());
    var accountLogins = new AccountLogins(ports.logins(), changes, ports.accessTokens());
    var oauthClients = new OAuthClients(ports.oauthApps());
    var authorizationRequests = new AuthorizationRequestService(oauthClients);
    var notifier = new Notifier(ports.notifications(), changes, clock);
    var securityMail = new SecurityMail(ports.loadUsers(), mails, ports.mailSender());
    var tokenMail =
        new TokenMail(
            ports.accountTokens(),
            ports.mailQuota(),
            ports.tokenGenerator(),
            ports.mailSender(),
            clock);
    var blockGuard = new BlockGuard(ports.blocks());
    var sendVerification = new SendVerificationService(ports.loadUsers(), mails, tokenMail);
    var backgroundMail = new BackgroundMail(ports.jobs(), clock);
    return new Microblog(
        new RegisterUserService(ports.saveUsers(), hasher, clock, sendVerification),
        new UpdateProfileService(ports.saveUsers()),
        new FollowUserService(ports.loadUsers(), ports.follows(), notifier, blockGuard),
        new UnfollowUserService(ports.loadUsers(), ports.follows()),
        new FollowListService(ports.followLists()),
        new RecordActivityService(ports.lastSeen(), clock),
        new ProfileService(ports.profiles()),
        new PublishPostService(
            ports.savePosts(),
            ports.threads(),
            clock,
            ports.loadUsers(),
            ports.existingAccounts(),
            notifier,
            settings.requireVerifiedEmail(),
            blockGuard,
            ports.events()),
        new DeletePostService(ports.loadPosts(), ports.savePosts()),
        new EditPostService(
            ports.loadPosts(),
            ports.postVersions(),
            ports.existingAccounts(),
            notifier,
            clock,
            blockGuard),
        new EditablePostService(ports.loadPosts(), ports.postVersions()),
        new PostHistoryService(ports.threads(), ports.postVersions()),
        new ThreadService(ports.threads()),
        new LikePostService(ports.loadPosts(), ports.likes(), notifier, blockGuard),
        new UnlikePostService(ports.likes()),
        new BoostPostService(ports.loadPosts(), ports.boosts(), notifier, clock, blockGuard),
        new UnboostPostService(ports.boosts()),
        new PostCardsService(ports.existingAccounts(), ports.interactions()),
        new PostExportService(ports.loadPosts()),
        new TimelineService(ports.timelines()),
        new ReadNotificationsService(ports.notifications(), changes),
        new SendMessageService(ports.loadUsers(), ports.messages(), changes, clock, blockGuard),
        new ReadConversationService(ports.loadUsers(), ports.messages(), changes),
        new ConversationsService(ports.messages()),
        new DeleteMessageService(ports.loadUsers(), ports.messages(), changes),
        new MessageExportService(ports.messages()),
        new AuthenticateUserService(ports.loadUsers(), ports.saveUsers(), hasher),
        new LoginValidityService(ports.logins(), recentLogins, clock),
        new LogOutEverywhereService(accountLogins),
        new StartLoginService(
            ports.logins(), ports.tokenGenerator(), new NewBrowserMail(securityMail), clock),
        new EndLoginService(ports.logins(), changes),
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
            ports.accountTokens(), ports.loadUsers(), ports.saveUsers(), backgroundMail, clock),
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
        new RequestExportService(ports.jobs(), clock),
        new ExportStatusService(ports.jobs(), clock),
        new ExportDownloadService(ports.jobs(), ports.exportArchives(), clock),
        new JobRunnerService(ports.jobs(), jobHandlers(ports, backgroundMail), clock),
        new BlockUserService(ports.loadUsers(), ports.blocks()),
        new UnblockUserService(ports.loadUsers(), ports.blocks()),
        new MuteUserService(ports.loadUsers(), ports.blocks()),
        new UnmuteUserService(ports.loadUsers(), ports.blocks()),
        new BlockQueryService(ports.blocks()),
        new RegisterAppService(ports.oauthApps(), ports.tokenGenerator(), clock),
        authorizationRequests,
        new ApproveAuthorizationService(
            authorizationRequests, ports.authorizationCodes(), ports.tokenGenerator(), clock),
        new IssueTokenService(
            oauthClients,
            ports.authorizationCodes(),
            ports.accessTokens(),
            ports.tokenGenerator(),
            clock),
        new RevokeTokenService(oauthClients, ports.accessTokens()),
        new BearerTokenService(ports.accessTokens(), ports.oauthApps()),
        new AuthorisedAppsService(ports.accessTokens()),
        new LiveUpdatesService(ports.follows(), ports.events()),
        new SearchService(ports.search()));
  }

  /** The handler of every kind of job. */
  private static Map<JobKind, JobHandler> jobHandlers(
      MicroblogPorts ports, BackgroundMail backgroundMail) {
    var mail = new MailJobHandler(ports.loadUsers(), ports.accountMails(), ports.mailSender());
    return Map.of(
        JobKind.EXPORT,
        new ExportJobHandler(
            ports.loadUsers(),
            ports.loadPosts(),
            ports.messages(),
            ports.exportArchives(),
            backgroundMail,
            ports.clock()),
        JobKind.EMAIL_CHANGED_MAIL,
        mail,
        JobKind.EXPORT_READY_MAIL,
        mail);
  }
}
