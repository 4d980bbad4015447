package org.microblog.application;

import java.util.Map;
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
import org.microblog.application.service.block.BlockedAccountsService;
import org.microblog.application.service.block.MuteUserService;
import org.microblog.application.service.block.UnblockUserService;
import org.microblog.application.service.block.UnmuteUserService;
import org.microblog.application.service.export.ExpireExportsService;
import org.microblog.application.service.export.ExportDownloadService;
import org.microblog.application.service.export.ExportJobHandler;
import org.microblog.application.service.export.ExportStatusService;
import org.microblog.application.service.export.RequestExportService;
import org.microblog.application.service.job.JobHandler;
import org.microblog.application.service.job.JobRunnerService;
import org.microblog.application.service.language.ChooseLanguageService;
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
import org.microblog.application.service.marker.MarkersService;
import org.microblog.application.service.marker.SaveMarkersService;
import org.microblog.application.service.message.ConversationsService;
import org.microblog.application.service.message.DeleteMessageService;
import org.microblog.application.service.message.MessageExportService;
import org.microblog.application.service.message.ReadConversationService;
import org.microblog.application.service.message.SendMessageService;
import org.microblog.application.service.notification.ClearNotificationsService;
import org.microblog.application.service.notification.DismissNotificationService;
import org.microblog.application.service.notification.NotificationsService;
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
import org.microblog.application.service.user.LikersAndBoostersService;
import org.microblog.application.service.user.ProfileService;
import org.microblog.application.service.user.RecordActivityService;
import org.microblog.application.service.user.RegisterUserService;
import org.microblog.application.service.user.UnfollowUserService;
import org.microblog.application.service.user.UpdateProfileService;
import org.microblog.domain.job.JobKind;

/**
 * The composition root: every service built from the outbound ports and the operator's settings,
 * with the helpers several of them share (the login memory and its announcements, the notifier, the
 * mail senders, the block guard), in the order of {@link Microblog}'s components.
 */
final class MicroblogWiring {
  private MicroblogWiring() {}

  static Microblog wire(MicroblogPorts ports, MicroblogSettings settings) {
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
        new DeletePostService(ports.loadPosts(), ports.savePosts(), ports.events()),
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
        new RevokeTokenService(oauthClients, ports.accessTokens(), ports.events()),
        new BearerTokenService(ports.accessTokens(), ports.oauthApps()),
        new AuthorisedAppsService(ports.accessTokens(), ports.events()),
        new LiveUpdatesService(ports.follows(), ports.events()),
        new SearchService(ports.search()),
        new ExpireExportsService(ports.exportArchives(), clock),
        // Client API (api-people)
        new NotificationsService(ports.notifications()),
        new DismissNotificationService(ports.notifications(), changes),
        new ClearNotificationsService(ports.notifications(), changes),
        new MarkersService(ports.markers()),
        new SaveMarkersService(ports.markers(), clock),
        new BlockedAccountsService(ports.blocks()),
        // Client API statuses (issue 14)
        new LikersAndBoostersService(ports.threads(), ports.likersAndBoosters()),
        // Languages
        new ChooseLanguageService(ports.saveUsers(), changes));
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
