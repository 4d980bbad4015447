package org.microblog.application.port.out.mail;

/** A mail could not be handed over for delivery (server unreachable, refused, timed out). */
public final class MailDeliveryException extends RuntimeException {
  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
