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
import org.microblog.application.port.in.block.BlockQuery;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.BlockedAccountsQuery;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;
import org.microblog.application.port.in.export.ExpireExportsUseCase;
import org.microblog.application.port.in.export.ExportDownloadQuery;
import org.microblog.application.port.in.export.ExportStatusQuery;
import org.microblog.application.port.in.export.RequestExportUseCase;
import org.microblog.application.port.in.job.RunJobsUseCase;
import org.microblog.application.port.in.language.ChooseLanguageUseCase;
import org.microblog.application.port.in.limits.RateLimitUseCase;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.in.login.AuthenticateUserUseCase;
import org.microblog.application.port.in.login.EndLoginUseCase;
import org.microblog.application.port.in.login.LogOutEverywhereUseCase;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.in.login.LoginsQuery;
import org.microblog.application.port.in.login.StartLoginUseCase;
import org.microblog.application.port.in.marker.MarkersQuery;
import org.microblog.application.port.in.marker.SaveMarkersUseCase;
import org.microblog.application.port.in.message.ConversationsQuery;
import org.microblog.application.port.in.message.DeleteMessageUseCase;
import org.microblog.application.port.in.message.MessageExportQuery;
import org.microblog.application.port.in.message.ReadConversationUseCase;
import org.microblog.application.port.in.message.SendMessageUseCase;
import org.microblog.application.port.in.notification.ClearNotificationsUseCase;
import org.microblog.application.port.in.notification.DismissNotificationUseCase;
import org.microblog.application.port.in.notification.NotificationsQuery;
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
import org.microblog.application.port.in.user.LikersAndBoostersQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.RecordActivityUseCase;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.application.port.in.user.UpdateProfileUseCase;

/**
 * Every use case of Microblog. {@link #wire} builds them ({@link MicroblogWiring} is the
 * composition root); boot's Micronaut factory and the in-memory kit both call it, so adding a use
 * case means adding one component here and one line in {@code MicroblogWiring}.
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
    SearchResultsQuery search,
    // Export archives that are no longer offered
    ExpireExportsUseCase expireExports,
    // Client API (api-people): notifications, markers, blocked and muted people
    NotificationsQuery notifications,
    DismissNotificationUseCase dismissNotification,
    ClearNotificationsUseCase clearNotifications,
    MarkersQuery markers,
    SaveMarkersUseCase saveMarkers,
    BlockedAccountsQuery blockedAccounts,
    // Client API statuses (issue 14)
    LikersAndBoostersQuery likersAndBoosters,
    // Languages
    ChooseLanguageUseCase chooseLanguage) {

  /** Builds every use case over the given ports, with the operator's settings. */
  public static Microblog wire(MicroblogPorts ports, MicroblogSettings settings) {
    return MicroblogWiring.wire(ports, settings);
  }
}
