package org.microblog.boot.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.application.port.out.mail.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail over SMTP (JavaMail, via Micronaut Email's composer), with STARTTLS and a login when
 * configured. Every network step times out after {@link MailSettings#TIMEOUT}, so an unreachable
 * server turns into a {@link MailDeliveryException} within seconds; the failure is logged here,
 * without the message body (it holds a secret link).
 */
final class SmtpMailSender implements MailSender {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailSender.class);
  private final MailSettings settings;
  private final Session session;

  SmtpMailSender(MailSettings settings) {
    this.settings = settings;
    this.session = session(settings);
  }

  private static Session session(MailSettings settings) {
    String timeout = Long.toString(MailSettings.TIMEOUT.toMillis());
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host().orElseThrow());
    properties.put("mail.smtp.port", Integer.toString(settings.port()));
    properties.put("mail.smtp.connectiontimeout", timeout);
    properties.put("mail.smtp.timeout", timeout);
    properties.put("mail.smtp.writetimeout", timeout);
    if (settings.starttls()) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (settings.user().isEmpty()) {
      return Session.getInstance(properties);
    }
    properties.put("mail.smtp.auth", "true");
    PasswordAuthentication login =
        new PasswordAuthentication(settings.user().get(), settings.password());
    return Session.getInstance(
        properties,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return login;
          }
        });
  }

  @Override
  public void send(MailMessage mail) {
    try {
      Transport.send(MimeMessages.compose(mail, settings.from(), session));
    } catch (MessagingException | RuntimeException e) {
      LOG.warn(
          "Could not send \"{}\" via SMTP {}:{}: {}",
          mail.subject(),
          settings.host().orElseThrow(),
          settings.port(),
          e.toString());
      throw new MailDeliveryException("SMTP delivery failed", e);
    }
  }
}
