package org.microblog.application.port.in.login;

import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/** Whether a login is still live: not ended, not expired, its account still there. */
public interface LoginValidityQuery {
  /**
   * @return false when the login record is gone, expired or belongs to someone else
   */
  boolean isLoginValid(UserId user, LoginId login);

  /**
   * Whether the login was found valid moments ago: answered from memory, never blocks. False means
   * "ask {@link #isLoginValid}", so a caller that must not block can skip handing most checks off.
   */
  boolean isKnownValid(UserId user, LoginId login);
}
