package org.microblog.boot.mail;

import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.composer.DefaultMessageComposer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.microblog.application.port.out.mail.MailMessage;

/**
 * Turns the application's mail into a MIME message with Micronaut Email's model and composer:
 * {@code multipart/alternative} with the plain text and HTML parts, both UTF-8.
 */
final class MimeMessages {
  private MimeMessages() {}

  static Message compose(MailMessage mail, String from, Session session) throws MessagingException {
    Email email =
        Email.builder()
            .from(from)
            .to(mail.to().value())
            .subject(mail.subject())
            .body(new MultipartBody(mail.html(), mail.text()))
            .build();
    return new DefaultMessageComposer().compose(email, session);
  }
}
