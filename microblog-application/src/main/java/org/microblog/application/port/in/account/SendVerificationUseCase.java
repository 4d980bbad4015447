package org.microblog.application.port.in.account;

import org.microblog.domain.user.UserId;

/** Mails (again) a link that verifies the account's current address. */
public interface SendVerificationUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException INVALID {@code verification.done} when
   *     already verified, CONFLICT {@code verification.rate-limited} after too many mails
   * @throws org.microblog.application.port.out.mail.MailDeliveryException when no mail could be
   *     sent (no link is left valid then)
   */
  void send(UserId user);
}
