package org.microblog.boot.mail;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.microblog.application.port.out.mail.MailSender;

/** SMTP when a host is configured, otherwise files in the data folder (the embedded default). */
@Factory
final class MailSenderFactory {
  @Singleton
  MailSender mailSender(MailSettings settings, Clock clock) {
    return settings.host().isPresent()
        ? new SmtpMailSender(settings)
        : new FileMailSender(settings, clock);
  }
}
