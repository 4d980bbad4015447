package org.microblog.application.port.in.login;

import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/** Ends one login: logging out, or ending another browser's login from the sessions page. */
public interface EndLoginUseCase {
  /**
   * @return false when the owner has no such login (unknown, ended, or someone else's)
   */
  boolean end(UserId owner, LoginId login);
}
