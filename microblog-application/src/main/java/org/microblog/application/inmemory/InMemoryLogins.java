package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.login.LoginWithUnread;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * Login records in the kit's shared tables, so that deleting an account ends its logins as the
 * database's cascade does; held to the same contract as the database.
 */
public final class InMemoryLogins implements LoginRecordPort {
  private final InMemoryTables tables;

  InMemoryLogins(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public void add(Login login) {
    tables.locked(
        () -> {
          if (tables.logins.putIfAbsent(login.id(), login) != null) {
            throw new IllegalStateException("login id already used");
          }
        });
  }

  @Override
  public Optional<Login> find(LoginId id) {
    return tables.locked(() -> Optional.ofNullable(tables.logins.get(id)));
  }

  /** With the person's unread counts, read in the same step as the database reads the users row. */
  @Override
  public Optional<LoginWithUnread> findWithUnread(LoginId id) {
    return tables.locked(
        () ->
            Optional.ofNullable(tables.logins.get(id))
                .map(
                    login ->
                        new LoginWithUnread(
                            login,
                            tables.unreadCount(login.user()),
                            tables.messages.unreadCount(login.user()),
                            Optional.ofNullable(tables.users.get(login.user()))
                                .flatMap(User::language))));
  }

  @Override
  public List<Login> loginsOf(UserId user) {
    return tables.locked(
        () ->
            tables.logins.values().stream()
                .filter(login -> login.user().equals(user))
                .sorted(
                    Comparator.comparing(Login::lastUsedAt)
                        .thenComparing(Login::startedAt)
                        .thenComparing(login -> login.id().value())
                        .reversed())
                .limit(LIST_LIMIT)
                .toList());
  }

  @Override
  public void touch(LoginId id, Instant usedAt) {
    tables.locked(
        () -> {
          tables.logins.computeIfPresent(
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
        });
  }

  @Override
  public boolean end(UserId owner, LoginId id) {
    return tables.locked(
        () -> {
          Login login = tables.logins.get(id);
          return login != null && login.user().equals(owner) && tables.logins.remove(id, login);
        });
  }

  @Override
  public void endAll(UserId user) {
    tables.locked(() -> tables.logins.values().removeIf(login -> login.user().equals(user)));
  }

  @Override
  public int removeExpired(Instant sessionsBefore, Instant rememberedBefore) {
    return tables.locked(
        () -> {
          int before = tables.logins.size();
          tables
              .logins
              .values()
              .removeIf(
                  login ->
                      login.remembered()
                          ? login.lastUsedAt().isBefore(rememberedBefore)
                          : login.startedAt().isBefore(sessionsBefore));
          return before - tables.logins.size();
        });
  }
}
