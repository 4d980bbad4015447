package org.microblog.application.port.in.account;

/**
 * Starts changing one's address: a verification link goes to the new address, which replaces the
 * old one only when that link is followed ({@link VerifyEmailUseCase}).
 */
public interface ChangeEmailUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException INVALID {@code current.wrong} or {@code
   *     email.same}, CONFLICT {@code email.taken} or {@code email.rate-limited}
   * @throws org.microblog.application.port.out.mail.MailDeliveryException when no mail could be
   *     sent
   */
  void requestChange(ChangeEmailCommand command);
}
