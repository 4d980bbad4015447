package org.microblog.adapter.persistence.user;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.persistence.message.MessageCleanup;
import org.microblog.adapter.persistence.notification.NotificationCleanup;
import org.microblog.adapter.persistence.support.UniqueViolation;
import org.microblog.application.port.in.post.MentionedAccount;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.out.user.ExistingAccountsPort;
import org.microblog.application.port.out.user.LoadProfilePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Users in the {@code users} table. Uniqueness ignoring case is left to the database's unique keys
 * on the lower-case columns, which is atomic across instances; their violations come back as the
 * domain's "taken" conflicts.
 */
@Singleton
public class UserPersistenceAdapter
    implements LoadUserPort,
        SaveUserPort,
        RecordLastSeenPort,
        LoadProfilePort,
        ExistingAccountsPort {

  private static final String USERNAME_KEY = "uq_users_username_key";
  private static final String EMAIL_KEY = "uq_users_email_key";

  private final UserRepository users;
  private final UserEntityMapper mapper;
  private final NotificationCleanup notifications;
  private final MessageCleanup messages;
  private final MentionedAccounts mentioned;

  UserPersistenceAdapter(
      UserRepository users,
      UserEntityMapper mapper,
      NotificationCleanup notifications,
      MessageCleanup messages,
      MentionedAccounts mentioned) {
    this.users = users;
    this.mapper = mapper;
    this.notifications = notifications;
    this.messages = messages;
    this.mentioned = mentioned;
  }

  @Override
  public Optional<User> findById(UserId id) {
    return users.findById(id.value()).map(mapper::toDomain);
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return users.findByUsernameKey(username.canonical()).map(mapper::toDomain);
  }

  @Override
  public Optional<User> findByEmail(EmailAddress email) {
    return users.findByEmailKey(email.canonical()).map(mapper::toDomain);
  }

  @Override
  public void changePassword(UserId id, PasswordHash hash) {
    users.changePassword(id.value(), hash.value());
  }

  @Override
  public void changeEmail(UserId id, EmailAddress email, boolean verified) {
    try {
      users.changeEmail(id.value(), email.value(), email.canonical(), verified);
    } catch (DataAccessException e) {
      throw translate(e);
    }
  }

  @Override
  public void updateLanguage(UserId id, Optional<Language> language) {
    users.updateLanguage(id.value(), language.map(Language::code).orElse(null));
  }

  @Override
  @Transactional
  public void delete(UserId id) {
    users.uncountLikesOf(id.value());
    users.uncountFollowingOf(id.value());
    users.uncountFollowersOf(id.value());
    users.uncountBoostsOf(id.value());
    users.uncountBoostsOfPostsOf(id.value());
    users.uncountRepliesOf(id.value());
    notifications.byAccount(id.value());
    messages.byAccount(id.value());
    users.deleteAccount(id.value());
  }

  @Override
  public Map<String, MentionedAccount> existing(
      Collection<Username> names, Collection<UserId> authors) {
    return mentioned.existing(names, authors);
  }

  @Override
  public List<UserId> idsOf(Collection<Username> names) {
    List<String> keys = names.stream().map(Username::canonical).distinct().toList();
    return keys.isEmpty()
        ? List.of()
        : users.idsOfUsernameKeys(keys).stream().map(UserId::new).toList();
  }

  @Override
  public User insert(NewUser user) {
    try {
      return mapper.toDomain(users.save(mapper.toEntity(user)));
    } catch (DataAccessException e) {
      throw translate(e);
    }
  }

  @Override
  public void updateProfile(UserId id, Username username, AboutMe about, boolean postsFindable) {
    try {
      users.updateProfile(
          id.value(), username.value(), username.canonical(), about.value(), postsFindable);
    } catch (DataAccessException e) {
      throw translate(e);
    }
  }

  @Override
  public void recordLastSeen(UserId id, Instant seenAt) {
    users.recordLastSeen(id.value(), seenAt);
  }

  @Override
  public Optional<ProfileView> loadProfile(Username username, Optional<UserId> viewer) {
    // A null viewer matches no follower row, so an anonymous viewer follows nobody.
    Long viewerId = viewer.map(UserId::value).orElse(null);
    return users.loadProfile(username.canonical(), viewerId).map(mapper::toProfileView);
  }

  @Override
  public List<ProfileView> loadProfiles(Collection<UserId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return users.loadProfiles(ids.stream().map(UserId::value).toList()).stream()
        .map(mapper::toProfileView)
        .toList();
  }

  /** The domain's conflict for a taken username or email; anything else is not ours to explain. */
  private static RuntimeException translate(DataAccessException e) {
    Optional<String> violated = UniqueViolation.constraintOf(e, List.of(USERNAME_KEY, EMAIL_KEY));
    if (violated.isEmpty()) {
      return e;
    }
    return violated.get().equals(USERNAME_KEY) ? Username.taken() : EmailAddress.taken();
  }
}
