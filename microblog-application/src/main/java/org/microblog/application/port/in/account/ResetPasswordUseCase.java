package org.microblog.application.port.in.account;

import org.microblog.domain.user.UserId;

/** Sets a new password through a reset link; every existing login of the account ends. */
public interface ResetPasswordUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException {@code token.unknown}, {@code
   *     token.expired} or {@code token.used}
   */
  UserId reset(ResetPasswordCommand command);
}
