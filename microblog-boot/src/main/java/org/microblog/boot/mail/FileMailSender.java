package org.microblog.boot.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.application.port.out.mail.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default when no SMTP host is configured: each mail becomes one {@code .eml} file
 * (the MIME message an SMTP server would have received) in {@code <data>/mail/}, and a log line
 * names it with recipient and subject, so a fresh clone can follow reset and verification links.
 */
final class FileMailSender implements MailSender {
  private static final Logger LOG = LoggerFactory.getLogger(FileMailSender.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);
  private final MailSettings settings;
  private final Clock clock;
  private final Session session = Session.getInstance(new Properties());

  FileMailSender(MailSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void send(MailMessage mail) {
    Path folder = settings.mailFolder();
    Path file = folder.resolve(STAMP.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml");
    try {
      Files.createDirectories(folder);
      try (OutputStream out = Files.newOutputStream(file)) {
        MimeMessages.compose(mail, settings.from(), session).writeTo(out);
      }
    } catch (IOException | MessagingException e) {
      LOG.warn("Could not write mail \"{}\" to {}: {}", mail.subject(), file, e.toString());
      throw new MailDeliveryException("could not write the mail file", e);
    }
    LOG.info(
        "No SMTP host configured: mail \"{}\" to {} written to {}",
        mail.subject(),
        mail.to(),
        file);
  }
}
