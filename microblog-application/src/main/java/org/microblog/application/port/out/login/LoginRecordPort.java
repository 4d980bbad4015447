package org.microblog.application.port.out.login;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/** The stored logins: one record per browser a person is logged in with. */
public interface LoginRecordPort {
  /** The most logins {@link #loginsOf} returns: a page's worth, newest first. */
  int LIST_LIMIT = 50;

  void add(Login login);

  Optional<Login> find(LoginId id);

  /** The login with its person's stored count of unread notifications, in one read. */
  Optional<LoginWithUnread> findWithUnread(LoginId id);

  /** The user's logins, most recently used first, at most {@link #LIST_LIMIT}. */
  List<Login> loginsOf(UserId user);

  /** Writes down a use of the login; nothing happens if it has ended meanwhile. */
  void touch(LoginId id, Instant usedAt);

  /** Ends one login of the owner. @return false when the owner has no such login */
  boolean end(UserId owner, LoginId id);

  /** Ends every login of the user. */
  void endAll(UserId user);

  /**
   * Removes the records that have expired: session logins started before {@code sessionsBefore},
   * remembered ones last used before {@code rememberedBefore}.
   *
   * @return how many went
   */
  int removeExpired(Instant sessionsBefore, Instant rememberedBefore);
}
