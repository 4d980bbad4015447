package org.microblog.adapter.persistence.login;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.login.LoginWithUnread;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;

/**
 * Login records in {@code logins}, shared by every instance: an ended login is gone for all of them
 * (each notices within its short validity memory).
 */
@Singleton
public class LoginPersistenceAdapter implements LoginRecordPort {
  private final LoginRepository logins;
  private final LoginEntityMapper mapper;

  LoginPersistenceAdapter(LoginRepository logins, LoginEntityMapper mapper) {
    this.logins = logins;
    this.mapper = mapper;
  }

  @Override
  public void add(Login login) {
    logins.save(mapper.toEntity(login));
  }

  @Override
  public Optional<Login> find(LoginId id) {
    return logins.findById(id.value()).map(mapper::toDomain);
  }

  @Override
  public Optional<LoginWithUnread> findWithUnread(LoginId id) {
    return logins
        .findWithUnread(id.value())
        .map(
            row ->
                new LoginWithUnread(
                    mapper.toDomain(row),
                    row.unreadNotifications(),
                    row.unreadMessages(),
                    Language.find(row.language())));
  }

  @Override
  public List<Login> loginsOf(UserId user) {
    return logins.findByUser(user.value(), LIST_LIMIT).stream().map(mapper::toDomain).toList();
  }

  @Override
  public void touch(LoginId id, Instant usedAt) {
    logins.touch(id.value(), usedAt);
  }

  @Override
  public boolean end(UserId owner, LoginId id) {
    return logins.remove(id.value(), owner.value()) == 1;
  }

  @Override
  public void endAll(UserId user) {
    logins.removeAllOf(user.value());
  }

  @Override
  public int removeExpired(Instant sessionsBefore, Instant rememberedBefore) {
    return logins.removeExpired(sessionsBefore, rememberedBefore);
  }
}
