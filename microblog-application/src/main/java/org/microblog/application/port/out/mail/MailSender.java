package org.microblog.application.port.out.mail;

/** Sends mail. Implementations give up within seconds rather than keep a request waiting. */
public interface MailSender {
  /**
   * @throws MailDeliveryException when the mail could not be handed over for delivery
   */
  void send(MailMessage message);
}
