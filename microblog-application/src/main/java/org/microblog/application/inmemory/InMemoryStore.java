package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.microblog.application.port.in.PageRequest;
import org.microblog.application.port.in.PostView;
import org.microblog.application.port.in.ProfileView;
import org.microblog.application.port.out.FollowPort;
import org.microblog.application.port.out.LoadPostPort;
import org.microblog.application.port.out.LoadProfilePort;
import org.microblog.application.port.out.LoadTimelinePort;
import org.microblog.application.port.out.LoadUserPort;
import org.microblog.application.port.out.RecordLastSeenPort;
import org.microblog.application.port.out.SavePostPort;
import org.microblog.application.port.out.SaveUserPort;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.NewUser;
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
        LoadProfilePort {

  private final Map<UserId, User> users = new LinkedHashMap<>();
  private final Map<PostId, Post> posts = new LinkedHashMap<>();
  private final Set<Follow> follows = new HashSet<>();
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
    boolean emailTaken =
        users.values().stream()
            .anyMatch(u -> u.email().canonical().equals(user.email().canonical()));
    if (emailTaken) {
      throw DomainException.conflict("email.taken", "That email address is already registered.");
    }
    User stored =
        new User(
            new UserId(++lastUserId),
            user.username(),
            user.email(),
            user.passwordHash(),
            AboutMe.empty(),
            user.registeredAt(),
            user.registeredAt());
    users.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized void updateProfile(UserId id, Username username, AboutMe about) {
    ensureUsernameFree(username, Optional.of(id));
    users.computeIfPresent(
        id,
        (key, u) ->
            new User(
                u.id(),
                username,
                u.email(),
                u.passwordHash(),
                about,
                u.memberSince(),
                u.lastSeen()));
  }

  private void ensureUsernameFree(Username username, Optional<UserId> owner) {
    boolean taken =
        users.values().stream()
            .anyMatch(u -> u.username().sameAs(username) && !owner.equals(Optional.of(u.id())));
    if (taken) {
      throw DomainException.conflict("username.taken", "That username is taken.");
    }
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
                    seenAt)
                : u);
  }

  @Override
  public synchronized Optional<Post> findById(PostId id) {
    return Optional.ofNullable(posts.get(id));
  }

  @Override
  public synchronized Post insert(NewPost post) {
    Post stored =
        new Post(new PostId(++lastPostId), post.authorId(), post.text(), post.publishedAt());
    posts.put(stored.id(), stored);
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
}
