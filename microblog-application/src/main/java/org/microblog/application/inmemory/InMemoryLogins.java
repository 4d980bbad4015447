package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.login.LoginWithUnread;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/** Login records in a map, for embedders and tests; held to the same contract as the database. */
public final class InMemoryLogins implements LoginRecordPort {
  private final Map<LoginId, Login> logins = new ConcurrentHashMap<>();
  private final ToLongFunction<UserId> unreadNotifications;

  /**
   * @param unreadNotifications each person's unread count, read with their login as the database
   *     reads it from the users row (e.g. {@code persistence.notifications()::unreadCount})
   */
  public InMemoryLogins(ToLongFunction<UserId> unreadNotifications) {
    this.unreadNotifications = unreadNotifications;
  }

  @Override
  public void add(Login login) {
    if (logins.putIfAbsent(login.id(), login) != null) {
      throw new IllegalStateException("login id already used");
    }
  }

  @Override
  public Optional<Login> find(LoginId id) {
    return Optional.ofNullable(logins.get(id));
  }

  @Override
  public Optional<LoginWithUnread> findWithUnread(LoginId id) {
    return find(id)
        .map(login -> new LoginWithUnread(login, unreadNotifications.applyAsLong(login.user())));
  }

  @Override
  public List<Login> loginsOf(UserId user) {
    return logins.values().stream()
        .filter(login -> login.user().equals(user))
        .sorted(
            Comparator.comparing(Login::lastUsedAt)
                .thenComparing(Login::startedAt)
                .thenComparing(login -> login.id().value())
                .reversed())
        .limit(LIST_LIMIT)
        .toList();
  }

  @Override
  public void touch(LoginId id, Instant usedAt) {
    logins.computeIfPresent(
        id,
        (key, login) ->
            !usedAt.isAfter(login.lastUsedAt())
                ? login
                : new Login(
                    login.id(),
                    login.user(),
                    login.remembered(),
                    login.startedAt(),
                    usedAt,
                    login.browser(),
                    login.network()));
  }

  @Override
  public boolean end(UserId owner, LoginId id) {
    Login login = logins.get(id);
    return login != null && login.user().equals(owner) && logins.remove(id, login);
  }

  @Override
  public void endAll(UserId user) {
    logins.values().removeIf(login -> login.user().equals(user));
  }

  @Override
  public int removeExpired(Instant sessionsBefore, Instant rememberedBefore) {
    int before = logins.size();
    logins
        .values()
        .removeIf(
            login ->
                login.remembered()
                    ? login.lastUsedAt().isBefore(rememberedBefore)
                    : login.startedAt().isBefore(sessionsBefore));
    return before - logins.size();
  }
}
