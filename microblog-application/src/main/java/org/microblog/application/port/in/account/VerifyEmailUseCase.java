package org.microblog.application.port.in.account;

import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;

/**
 * Redeems a verification link: the address it was sent to becomes the account's verified address.
 * When that address is a new one, it replaces the old, and the old address is told.
 */
public interface VerifyEmailUseCase {
  /**
   * @return the address now verified
   * @throws org.microblog.domain.shared.DomainException {@code token.*}, or CONFLICT {@code
   *     email.taken} when another account took the address meanwhile
   */
  EmailAddress verify(TokenValue token);
}
