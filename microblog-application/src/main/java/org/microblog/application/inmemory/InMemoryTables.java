package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Mute;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.AuthorizationCode;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * The rows that the in-memory adapters share, as one database's tables: one lock over all of them,
 * so that a change spanning tables is atomic, and the schema's {@code ON DELETE CASCADE} from
 * {@code users} happens here, once. Adapters touch the rows only inside {@code locked(...)}.
 */
final class InMemoryTables {

  /** One person's boost of a post; its id comes from the posts' sequence. */
  record BoostRow(long id, UserId booster, PostId postId) {}

  /** A stored notification; ids grow, so a person's newest have the highest. */
  record NotificationRow(long id, Notification notification) {}

  /** One account mail sent, for the send limits. */
  record MailSend(UserId user, TokenPurpose purpose, Instant sentAt) {}

  final Map<UserId, User> users = new LinkedHashMap<>();

  /** By id, so that keyset slices are range reads as on the primary key. */
  final NavigableMap<Long, PostRow> posts = new TreeMap<>();

  /** By id, drawn from the same sequence as posts' ids ({@link #nextPostId()}). */
  final NavigableMap<Long, BoostRow> boosts = new TreeMap<>();

  final Set<Follow> follows = new LinkedHashSet<>();
  final Set<Block> blocks = new LinkedHashSet<>();
  final Set<Mute> mutes = new LinkedHashSet<>();
  final Set<Like> likes = new LinkedHashSet<>();
  final Map<TokenHash, AccountToken> tokens = new LinkedHashMap<>();
  final List<MailSend> mailSends = new ArrayList<>();
  final Map<LoginId, Login> logins = new LinkedHashMap<>();
  final Map<UserId, TwoFactor> twoFactor = new LinkedHashMap<>();
  final Map<UserId, Set<TokenHash>> recoveryCodes = new LinkedHashMap<>();

  /** The client API's apps, approved codes and bearer tokens ({@link InMemoryOAuth}). */
  final Map<ClientId, OAuthApp> oauthApps = new LinkedHashMap<>();

  final Map<TokenHash, AuthorizationCode> authorizationCodes = new LinkedHashMap<>();
  final Map<TokenHash, AccessToken> accessTokens = new LinkedHashMap<>();

  /** Each post's earlier versions, oldest first, as its edits replaced them. */
  final Map<PostId, List<PostVersion>> versions = new HashMap<>();

  final List<NotificationRow> notifications = new ArrayList<>();

  /** Private messages and what each person has read of them. */
  final MessageRows messages = new MessageRows();

  /** When each person last posted or boosted (what the users row keeps: it never moves back). */
  final Map<UserId, Instant> lastPostAt = new HashMap<>();

  /** The newest notification id each person has seen (what the users row keeps). */
  final Map<UserId, Long> notificationsSeen = new HashMap<>();

  /** Each person's reading positions (client API markers), by timeline. */
  final Map<UserId, Map<MarkerTimeline, Marker>> markers = new HashMap<>();

  private long lastUserId;
  private long lastPostId;
  private long lastNotificationId;

  /** Runs {@code work} as one transaction would: alone, seeing and leaving consistent rows. */
  synchronized <T> T locked(Supplier<T> work) {
    return work.get();
  }

  synchronized void locked(Runnable work) {
    work.run();
  }

  /** Like an identity column: ids only grow, and a deleted row's id is never handed out again. */
  UserId nextUserId() {
    return new UserId(++lastUserId);
  }

  /** The number of stored likes of a post, which the database keeps in its row. */
  long likeCount(PostId post) {
    return likes.stream().filter(l -> l.postId().equals(post)).count();
  }

  /** The number of its direct replies that are not deleted, which the database keeps in its row. */
  long replyCount(PostId post) {
    Optional<PostId> parent = Optional.of(post);
    return posts.values().stream().filter(r -> r.live() && r.inReplyTo().equals(parent)).count();
  }

  /** The number of stored boosts of a post, which the database keeps in its row. */
  long boostCount(PostId post) {
    return boosts.values().stream().filter(b -> b.postId().equals(post)).count();
  }

  /**
   * A person's posts, replies and boosts, tombstones left out: what the database keeps in their row
   * as Mastodon's {@code statuses_count}.
   */
  long postCount(UserId user) {
    return posts.values().stream()
            .filter(row -> row.live() && row.post().authorId().equals(user))
            .count()
        + boosts.values().stream().filter(b -> b.booster().equals(user)).count();
  }

  /** The person posted or boosted at {@code at}; the time kept only moves forward. */
  void posted(UserId author, Instant at) {
    lastPostAt.merge(author, at, (kept, now) -> now.isAfter(kept) ? now : kept);
  }

  /** The next id of a post or a boost: one sequence orders both, as in the database. */
  PostId nextPostId() {
    return new PostId(++lastPostId);
  }

  long nextNotificationId() {
    return ++lastNotificationId;
  }

  /** The notifications newer than the newest the person has seen, which the database counts. */
  long unreadCount(UserId user) {
    long seen = notificationsSeen.getOrDefault(user, 0L);
    return notifications.stream()
        .filter(row -> row.notification().recipient().equals(user) && row.id() > seen)
        .count();
  }

  /**
   * A post's deletion takes its boosts, its notifications and its earlier versions along, whether
   * it goes or stays as a tombstone: nothing it said is kept, and a tombstone cannot be shared.
   */
  void dropPostTraces(PostId post) {
    boosts.values().removeIf(b -> b.postId().equals(post));
    notifications.removeIf(row -> row.notification().postId().equals(Optional.of(post)));
    versions.remove(post);
  }

  /** A block stands between the two, whoever blocked. */
  boolean blockedBetween(UserId one, UserId other) {
    return blocks.stream().anyMatch(block -> block.between(one, other));
  }

  /**
   * What a logged-in viewer's lists leave out: the author is across a block, or muted by the
   * viewer. Anonymous viewers see everything.
   */
  boolean hides(Optional<UserId> viewer, UserId author) {
    return viewer
        .filter(
            me ->
                blockedBetween(me, author)
                    || mutes.stream().anyMatch(mute -> mute.hides(author, me)))
        .isPresent();
  }

  /** The user's row and, as the foreign keys cascade, every row that refers to it. */
  void deleteUser(UserId id) {
    users.remove(id);
    posts.values().removeIf(row -> row.post().authorId().equals(id));
    // ON DELETE SET NULL: replies to the removed posts stay, as posts that answer nothing.
    posts.replaceAll(
        (key, row) ->
            row.inReplyTo().filter(parent -> !posts.containsKey(parent.value())).isPresent()
                ? row.answeringNothing()
                : row);
    likes.removeIf(l -> l.liker().equals(id) || !posts.containsKey(l.postId().value()));
    boosts.values().removeIf(b -> b.booster().equals(id) || !posts.containsKey(b.postId().value()));
    versions.keySet().removeIf(post -> !posts.containsKey(post.value()));
    notifications.removeIf(
        row ->
            row.notification().recipient().equals(id)
                || row.notification().actor().equals(id)
                || row.notification()
                    .postId()
                    .filter(p -> !posts.containsKey(p.value()))
                    .isPresent());
    notificationsSeen.remove(id);
    lastPostAt.remove(id);
    messages.deleteUser(id);
    follows.removeIf(f -> f.follower().equals(id) || f.followed().equals(id));
    blocks.removeIf(b -> b.blocker().equals(id) || b.blocked().equals(id));
    mutes.removeIf(m -> m.muter().equals(id) || m.muted().equals(id));
    tokens.values().removeIf(t -> t.user().equals(id));
    mailSends.removeIf(m -> m.user().equals(id));
    logins.values().removeIf(login -> login.user().equals(id));
    twoFactor.remove(id);
    recoveryCodes.remove(id);
    authorizationCodes.values().removeIf(code -> code.user().equals(id));
    accessTokens.values().removeIf(token -> token.user().equals(Optional.of(id)));
    markers.remove(id);
  }
}
