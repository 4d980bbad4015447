package org.microblog.application.port.out.mail;

import java.util.Objects;
import org.microblog.domain.user.EmailAddress;

/** One mail to one person, in plain text and HTML. */
public record MailMessage(EmailAddress to, String subject, String text, String html) {
  public MailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }
}
