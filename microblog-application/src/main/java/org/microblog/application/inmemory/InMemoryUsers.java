package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.post.MentionedAccount;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.out.user.ExistingAccountsPort;
import org.microblog.application.port.out.user.LoadProfilePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Users in memory, unique by username and by email ignoring case as the database's unique keys make
 * them, and their profiles with follower counts.
 */
public final class InMemoryUsers
    implements LoadUserPort,
        SaveUserPort,
        RecordLastSeenPort,
        LoadProfilePort,
        ExistingAccountsPort {

  private final InMemoryTables tables;

  InMemoryUsers(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<User> findById(UserId id) {
    return tables.locked(() -> Optional.ofNullable(tables.users.get(id)));
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return tables.locked(() -> first(u -> u.username().sameAs(username)));
  }

  @Override
  public Map<String, MentionedAccount> existing(
      Collection<Username> names, Collection<UserId> authors) {
    return tables.locked(
        () ->
            tables.users.values().stream()
                .filter(user -> names.stream().anyMatch(n -> n.sameAs(user.username())))
                .collect(
                    Collectors.toUnmodifiableMap(
                        user -> user.username().canonical(),
                        user ->
                            new MentionedAccount(
                                user.id(),
                                user.username(),
                                authors.stream()
                                    .filter(author -> tables.blockedBetween(author, user.id()))
                                    .collect(Collectors.toUnmodifiableSet())))));
  }

  @Override
  public List<UserId> idsOf(Collection<Username> names) {
    Set<String> wanted = names.stream().map(Username::canonical).collect(Collectors.toSet());
    return tables.locked(
        () ->
            tables.users.values().stream()
                .filter(user -> wanted.contains(user.username().canonical()))
                .map(User::id)
                .toList());
  }

  @Override
  public Optional<User> findByEmail(EmailAddress email) {
    return tables.locked(() -> first(u -> u.hasEmail(email)));
  }

  @Override
  public User insert(NewUser user) {
    return tables.locked(
        () -> {
          ensureUsernameFree(user.username(), Optional.empty());
          ensureEmailFree(user.email(), Optional.empty());
          User stored = User.registered(tables.nextUserId(), user);
          tables.users.put(stored.id(), stored);
          return stored;
        });
  }

  @Override
  public void updateProfile(UserId id, Username username, AboutMe about, boolean postsFindable) {
    update(
        id,
        u -> u.withProfile(username, about, postsFindable),
        u -> ensureUsernameFree(username, Optional.of(u.id())));
  }

  @Override
  public void changePassword(UserId id, PasswordHash hash) {
    update(
        id,
        u ->
            new User(
                u.id(),
                u.username(),
                u.email(),
                hash,
                u.about(),
                u.memberSince(),
                u.lastSeen(),
                u.emailVerified(),
                u.postsFindable(),
                u.language()),
        u -> {});
  }

  @Override
  public void updateLanguage(UserId id, Optional<Language> language) {
    update(
        id,
        u ->
            new User(
                u.id(),
                u.username(),
                u.email(),
                u.passwordHash(),
                u.about(),
                u.memberSince(),
                u.lastSeen(),
                u.emailVerified(),
                u.postsFindable(),
                language),
        u -> {});
  }

  @Override
  public void changeEmail(UserId id, EmailAddress email, boolean verified) {
    update(id, u -> u.withEmail(email, verified), u -> ensureEmailFree(email, Optional.of(u.id())));
  }

  @Override
  public void delete(UserId id) {
    tables.locked(() -> tables.deleteUser(id));
  }

  @Override
  public void recordLastSeen(UserId id, Instant seenAt) {
    update(id, u -> u.seenAt(seenAt).orElse(u), u -> {});
  }

  @Override
  public Optional<ProfileView> loadProfile(Username username, Optional<UserId> viewer) {
    return tables.locked(
        () -> first(u -> u.username().sameAs(username)).map(u -> profile(u, viewer)));
  }

  @Override
  public List<ProfileView> loadProfiles(Collection<UserId> ids) {
    return tables.locked(
        () ->
            tables.users.values().stream()
                .filter(u -> ids.contains(u.id()))
                .map(u -> profile(u, Optional.empty()))
                .toList());
  }

  private ProfileView profile(User user, Optional<UserId> viewer) {
    long followers = tables.follows.stream().filter(f -> f.followed().equals(user.id())).count();
    long following = tables.follows.stream().filter(f -> f.follower().equals(user.id())).count();
    // Nobody follows themselves, so viewing one's own profile never counts as following.
    boolean viewerFollows =
        viewer
            .filter(v -> !v.equals(user.id()))
            .map(v -> tables.follows.contains(new Follow(v, user.id())))
            .orElse(false);
    return new ProfileView(
        user.id(),
        user.username(),
        user.about(),
        user.memberSince(),
        user.lastSeen(),
        followers,
        following,
        tables.postCount(user.id()),
        Optional.ofNullable(tables.lastPostAt.get(user.id())),
        viewerFollows,
        viewer
            .filter(v -> !v.equals(user.id()))
            .map(v -> InMemoryBlocks.relation(tables, v, user.id()))
            .orElse(Relation.NONE));
  }

  /**
   * Changes an existing user's row; like an UPDATE that matches no row, a user who is gone (or was
   * never there) changes nothing and clashes with nobody.
   */
  private void update(UserId id, UnaryOperator<User> change, Consumer<User> check) {
    tables.locked(
        () -> {
          User current = tables.users.get(id);
          if (current != null) {
            check.accept(current);
            tables.users.put(id, change.apply(current));
          }
        });
  }

  /** Refuses a username another user has; {@code owner} may keep (or recase) their own. */
  private void ensureUsernameFree(Username username, Optional<UserId> owner) {
    if (first(u -> !owner.equals(Optional.of(u.id())) && u.username().sameAs(username))
        .isPresent()) {
      throw Username.taken();
    }
  }

  private void ensureEmailFree(EmailAddress email, Optional<UserId> owner) {
    if (first(u -> !owner.equals(Optional.of(u.id())) && u.hasEmail(email)).isPresent()) {
      throw EmailAddress.taken();
    }
  }

  private Optional<User> first(Predicate<User> matching) {
    return tables.users.values().stream().filter(matching).findFirst();
  }
}
