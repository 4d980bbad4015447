package org.microblog.application.port.in.login;

import java.util.Optional;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/**
 * Whether a login is still live (not ended, not expired, its account still there), and with it the
 * viewer's {@link LoginStatus}. One lookup reads both, and an instance remembers a live login for a
 * moment, so a person clicking through pages costs no statement per page for either.
 */
public interface LoginValidityQuery {
  /**
   * @return empty when the login record is gone, expired or belongs to someone else
   */
  Optional<LoginStatus> status(UserId user, LoginId login);

  /**
   * The status of a login found valid moments ago: answered from memory, never blocks. Empty means
   * "ask {@link #status}", so a caller that must not block can skip handing most checks off.
   */
  Optional<LoginStatus> knownStatus(UserId user, LoginId login);

  default boolean isLoginValid(UserId user, LoginId login) {
    return status(user, login).isPresent();
  }

  default boolean isKnownValid(UserId user, LoginId login) {
    return knownStatus(user, login).isPresent();
  }
}
