package org.microblog.application.port.in.login;

import org.microblog.domain.login.LoginId;

/** Records a new login once the person has passed every step of logging in. */
public interface StartLoginUseCase {
  /**
   * @return the new login's id, for the login cookie
   */
  LoginId start(StartLoginCommand command);
}
