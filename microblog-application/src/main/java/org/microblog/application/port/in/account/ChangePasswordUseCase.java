package org.microblog.application.port.in.account;

import org.microblog.application.port.in.login.AuthenticatedUser;

/** Changes one's password; every other login of the account ends. */
public interface ChangePasswordUseCase {
  /**
   * @return who is logged in, for a fresh login token in the browser that made the change
   * @throws org.microblog.domain.shared.DomainException INVALID {@code current.wrong}
   */
  AuthenticatedUser change(ChangePasswordCommand command);
}
