package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.account.MailQuotaPort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LoadProfilePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Every persistence port in memory, thread-safe, with the same contracts as the database adapter
 * (uniqueness ignoring case, idempotent follows, keyset slices). For tests and for programs that
 * embed Microblog without a database; nothing survives the process.
 */
public final class InMemoryStore
    implements LoadUserPort,
        SaveUserPort,
        RecordLastSeenPort,
        LoadPostPort,
        SavePostPort,
        FollowPort,
        LoadTimelinePort,
        LoadProfilePort,
        AccountTokenPort,
        MailQuotaPort {

  private final Map<UserId, User> users = new LinkedHashMap<>();
  private final Map<PostId, Post> posts = new LinkedHashMap<>();
  private final Map<String, PostId> formTokens = new HashMap<>();
  private final Set<Follow> follows = new HashSet<>();
  private final Map<TokenHash, AccountToken> tokens = new LinkedHashMap<>();

  /** One account mail sent: for the send limits. */
  private record MailSend(UserId user, TokenPurpose purpose, Instant sentAt) {}

  private final List<MailSend> mailSends = new ArrayList<>();
  private long lastUserId;
  private long lastPostId;

  @Override
  public synchronized Optional<User> findById(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public synchronized Optional<User> findByUsername(Username username) {
    return users.values().stream().filter(u -> u.username().sameAs(username)).findFirst();
  }

  @Override
  public synchronized User insert(NewUser user) {
    ensureUsernameFree(user.username(), Optional.empty());
    ensureEmailFree(user.email(), Optional.empty());
    User stored = User.registered(new UserId(++lastUserId), user);
    users.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized void updateProfile(UserId id, Username username, AboutMe about) {
    ensureUsernameFree(username, Optional.of(id));
    users.computeIfPresent(id, (key, u) -> u.withProfile(username, about));
  }

  private void ensureUsernameFree(Username username, Optional<UserId> owner) {
    boolean taken =
        users.values().stream()
            .anyMatch(u -> u.username().sameAs(username) && !owner.equals(Optional.of(u.id())));
    if (taken) {
      throw DomainException.conflict("username.taken", "That username is taken.");
    }
  }

  private void ensureEmailFree(EmailAddress email, Optional<UserId> owner) {
    boolean taken =
        users.values().stream()
            .anyMatch(u -> u.hasEmail(email) && !owner.equals(Optional.of(u.id())));
    if (taken) {
      throw DomainException.conflict("email.taken", "That email address is already registered.");
    }
  }

  @Override
  public synchronized Optional<User> findByEmail(EmailAddress email) {
    return users.values().stream().filter(u -> u.hasEmail(email)).findFirst();
  }

  @Override
  public synchronized Optional<Instant> loginsValidFrom(UserId id) {
    return findById(id).map(User::loginsValidFrom);
  }

  @Override
  public synchronized void changePassword(UserId id, PasswordHash hash, Instant validFrom) {
    users.computeIfPresent(id, (key, u) -> u.withPassword(hash, validFrom));
  }

  @Override
  public synchronized void rehashPassword(UserId id, PasswordHash hash) {
    users.computeIfPresent(id, (key, u) -> u.withPassword(hash, u.loginsValidFrom()));
  }

  @Override
  public synchronized void endLogins(UserId id, Instant validFrom) {
    users.computeIfPresent(id, (key, u) -> u.withPassword(u.passwordHash(), validFrom));
  }

  @Override
  public synchronized void changeEmail(UserId id, EmailAddress email, boolean verified) {
    ensureEmailFree(email, Optional.of(id));
    users.computeIfPresent(id, (key, u) -> u.withEmail(email, verified));
  }

  /** As the database's ON DELETE CASCADE does: posts, follows, tokens and mail records go too. */
  @Override
  public synchronized void delete(UserId id) {
    users.remove(id);
    posts.values().removeIf(p -> p.authorId().equals(id));
    follows.removeIf(f -> f.follower().equals(id) || f.followed().equals(id));
    tokens.values().removeIf(t -> t.user().equals(id));
    mailSends.removeIf(m -> m.user().equals(id));
  }

  @Override
  public synchronized void recordLastSeen(UserId id, Instant seenAt) {
    users.computeIfPresent(
        id,
        (key, u) ->
            seenAt.isAfter(u.lastSeen())
                ? new User(
                    u.id(),
                    u.username(),
                    u.email(),
                    u.passwordHash(),
                    u.about(),
                    u.memberSince(),
                    seenAt,
                    u.emailVerified(),
                    u.loginsValidFrom())
                : u);
  }

  @Override
  public synchronized Optional<Post> findById(PostId id) {
    return Optional.ofNullable(posts.get(id));
  }

  @Override
  public synchronized List<Post> allBy(UserId author) {
    return posts.values().stream()
        .filter(p -> p.authorId().equals(author))
        .sorted(Comparator.comparingLong((Post p) -> p.id().value()).reversed())
        .toList();
  }

  @Override
  public synchronized Post insert(NewPost post) {
    Optional<PostId> sameForm =
        post.formToken().map(token -> formTokens.get(post.authorId() + "/" + token.value()));
    if (sameForm.isPresent() && posts.containsKey(sameForm.get())) {
      return posts.get(sameForm.get());
    }
    Post stored =
        new Post(new PostId(++lastPostId), post.authorId(), post.text(), post.publishedAt());
    posts.put(stored.id(), stored);
    post.formToken()
        .ifPresent(token -> formTokens.put(post.authorId() + "/" + token.value(), stored.id()));
    return stored;
  }

  @Override
  public synchronized void delete(PostId id) {
    posts.remove(id);
  }

  @Override
  public synchronized void follow(Follow follow) {
    follows.add(follow);
  }

  @Override
  public synchronized void unfollow(Follow follow) {
    follows.remove(follow);
  }

  @Override
  public synchronized List<PostView> homeTimeline(UserId reader, PageRequest page) {
    return slice(
        post ->
            post.authorId().equals(reader) || follows.contains(new Follow(reader, post.authorId())),
        page);
  }

  @Override
  public synchronized List<PostView> explore(PageRequest page) {
    return slice(post -> true, page);
  }

  @Override
  public synchronized List<PostView> postsBy(UserId author, PageRequest page) {
    return slice(post -> post.authorId().equals(author), page);
  }

  private List<PostView> slice(Predicate<Post> include, PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    Comparator<Post> byId = Comparator.comparingLong(p -> p.id().value());
    Stream<Post> candidates =
        posts.values().stream()
            .filter(include)
            .filter(p -> older ? p.id().value() < page.cursor() : p.id().value() > page.cursor());
    return candidates
        .sorted(older ? byId.reversed() : byId)
        .limit(page.fetchSize())
        .map(this::view)
        .toList();
  }

  private PostView view(Post post) {
    User author = users.get(post.authorId());
    return new PostView(post.id(), author.id(), author.username(), post.text(), post.publishedAt());
  }

  @Override
  public synchronized Optional<ProfileView> loadProfile(
      Username username, Optional<UserId> viewer) {
    return findByUsername(username).map(user -> profile(user, viewer));
  }

  private ProfileView profile(User user, Optional<UserId> viewer) {
    long followers = follows.stream().filter(f -> f.followed().equals(user.id())).count();
    long following = follows.stream().filter(f -> f.follower().equals(user.id())).count();
    boolean viewerFollows =
        viewer
            .filter(v -> !v.equals(user.id()))
            .map(v -> follows.contains(new Follow(v, user.id())))
            .orElse(false);
    return new ProfileView(
        user.id(),
        user.username(),
        user.about(),
        user.memberSince(),
        user.lastSeen(),
        followers,
        following,
        viewerFollows);
  }

  @Override
  public synchronized void add(AccountToken token) {
    tokens.put(token.hash(), token);
  }

  @Override
  public synchronized void retireOthers(AccountToken newest) {
    tokens
        .values()
        .removeIf(
            t ->
                !t.used()
                    && t.user().equals(newest.user())
                    && t.purpose() == newest.purpose()
                    && !t.hash().equals(newest.hash()));
  }

  @Override
  public synchronized Optional<AccountToken> find(TokenHash hash) {
    return Optional.ofNullable(tokens.get(hash));
  }

  @Override
  public synchronized boolean consume(TokenHash hash) {
    AccountToken token = tokens.get(hash);
    if (token == null || token.used()) {
      return false;
    }
    tokens.put(
        hash,
        new AccountToken(
            token.hash(),
            token.user(),
            token.purpose(),
            token.email(),
            token.issuedAt(),
            token.expiresAt(),
            true));
    return true;
  }

  @Override
  public synchronized void delete(TokenHash hash) {
    tokens.remove(hash);
  }

  @Override
  public synchronized void recordSend(UserId user, TokenPurpose purpose, Instant sentAt) {
    mailSends.add(new MailSend(user, purpose, sentAt));
  }

  @Override
  public synchronized long sendsSince(UserId user, TokenPurpose purpose, Instant since) {
    return mailSends.stream()
        .filter(m -> m.user().equals(user) && m.purpose() == purpose)
        .filter(m -> !m.sentAt().isBefore(since))
        .count();
  }
}
