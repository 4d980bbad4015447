package org.microblog.application;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.account.MailQuotaPort;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.job.ExportArchivePort;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.application.port.out.limits.RateLimitCounterPort;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.application.port.out.marker.MarkerPort;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.application.port.out.oauth.AccessTokenPort;
import org.microblog.application.port.out.oauth.AuthorizationCodePort;
import org.microblog.application.port.out.oauth.OAuthAppPort;
import org.microblog.application.port.out.post.BoostPort;
import org.microblog.application.port.out.post.LikePort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.application.port.out.post.PostVersionPort;
import org.microblog.application.port.out.post.ReaderInteractionsPort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.application.port.out.search.SearchPort;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.application.port.out.user.ExistingAccountsPort;
import org.microblog.application.port.out.user.FollowListPort;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LikersAndBoostersPort;
import org.microblog.application.port.out.user.LoadProfilePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.application.port.out.user.SaveUserPort;

/**
 * Everything the use cases need from outside: the driven adapters (a database, a mail server, a
 * hasher) and the clock. {@link Microblog#wire} builds every use case from one of these. This is
 * the one list of outbound ports: a container finds each by its type ({@link #byType}), the port
 * contract tests take the same record, and only the in-memory kit names its adapter for each.
 */
public record MicroblogPorts(
    LoadUserPort loadUsers,
    SaveUserPort saveUsers,
    RecordLastSeenPort lastSeen,
    LoadProfilePort profiles,
    FollowPort follows,
    FollowListPort followLists,
    LoadPostPort loadPosts,
    SavePostPort savePosts,
    LoadTimelinePort timelines,
    LoadThreadPort threads,
    LikePort likes,
    BoostPort boosts,
    ReaderInteractionsPort interactions,
    PostVersionPort postVersions,
    NotificationPort notifications,
    MessagePort messages,
    ExistingAccountsPort existingAccounts,
    AccountTokenPort accountTokens,
    MailQuotaPort mailQuota,
    RateLimitCounterPort rateLimitCounters,
    LoginRecordPort logins,
    TwoFactorPort twoFactor,
    PasswordHasher passwordHasher,
    TokenGenerator tokenGenerator,
    AccountMails accountMails,
    MailSender mailSender,
    Clock clock,
    JobQueue jobs,
    ExportArchivePort exportArchives,
    BlockPort blocks,
    OAuthAppPort oauthApps,
    AuthorizationCodePort authorizationCodes,
    AccessTokenPort accessTokens,
    EventBus events,
    SearchPort search,
    // Client API (api-people)
    MarkerPort markers,
    // Client API statuses (issue 14)
    LikersAndBoostersPort likersAndBoosters) {

  public MicroblogPorts {
    Objects.requireNonNull(loadUsers, "loadUsers");
    Objects.requireNonNull(saveUsers, "saveUsers");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(follows, "follows");
    Objects.requireNonNull(followLists, "followLists");
    Objects.requireNonNull(loadPosts, "loadPosts");
    Objects.requireNonNull(savePosts, "savePosts");
    Objects.requireNonNull(timelines, "timelines");
    Objects.requireNonNull(threads, "threads");
    Objects.requireNonNull(likes, "likes");
    Objects.requireNonNull(boosts, "boosts");
    Objects.requireNonNull(interactions, "interactions");
    Objects.requireNonNull(postVersions, "postVersions");
    Objects.requireNonNull(notifications, "notifications");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(existingAccounts, "existingAccounts");
    Objects.requireNonNull(accountTokens, "accountTokens");
    Objects.requireNonNull(mailQuota, "mailQuota");
    Objects.requireNonNull(rateLimitCounters, "rateLimitCounters");
    Objects.requireNonNull(logins, "logins");
    Objects.requireNonNull(twoFactor, "twoFactor");
    Objects.requireNonNull(passwordHasher, "passwordHasher");
    Objects.requireNonNull(tokenGenerator, "tokenGenerator");
    Objects.requireNonNull(accountMails, "accountMails");
    Objects.requireNonNull(mailSender, "mailSender");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(exportArchives, "exportArchives");
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(oauthApps, "oauthApps");
    Objects.requireNonNull(authorizationCodes, "authorizationCodes");
    Objects.requireNonNull(accessTokens, "accessTokens");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(markers, "markers");
    Objects.requireNonNull(likersAndBoosters, "likersAndBoosters");
  }

  /**
   * Every port looked up by its type, one per component: {@code byType(beanContext::getBean)} in a
   * container that holds one bean per port type, as boot's Micronaut context does. Adding a port to
   * this record needs no change where ports are found by type.
   */
  public static MicroblogPorts byType(Function<Class<?>, ?> lookup) {
    RecordComponent[] components = MicroblogPorts.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] ports = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      ports[i] = lookup.apply(types[i]);
    }
    try {
      return MicroblogPorts.class.getDeclaredConstructor(types).newInstance(ports);
    } catch (InvocationTargetException refused) {
      throw refused.getCause() instanceof RuntimeException cause
          ? cause
          : new IllegalStateException(refused.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("a record has its canonical constructor", e);
    }
  }
}
