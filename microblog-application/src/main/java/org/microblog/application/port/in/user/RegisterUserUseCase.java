package org.microblog.application.port.in.user;

import org.microblog.domain.user.UserId;

/** Opens an account. */
public interface RegisterUserUseCase {
  /**
   * @return the new account's id
   * @throws org.microblog.domain.shared.DomainException CONFLICT when the username or email is
   *     taken (ignoring case)
   */
  UserId register(RegisterUserCommand command);
}
