package org.microblog.boot.mail;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.microblog.boot.config.DataDirectoryConfiguration;

/**
 * How mail leaves: the SMTP server ({@link SmtpConfiguration}) and the sender ({@link
 * MailConfiguration}), each default written in its record. With no SMTP host, mail goes to files
 * under the data folder ({@link DataDirectoryConfiguration}) instead.
 */
@Singleton
public final class MailSettings {
  /** Connect, read and write timeouts: an unreachable server must not hold a request long. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final boolean starttls;
  private final String from;
  private final Path dataDirectory;

  MailSettings(
      SmtpConfiguration smtp, MailConfiguration mail, DataDirectoryConfiguration dataDirectory) {
    this.host = smtp.host() == null ? "" : smtp.host().strip();
    this.port = Objects.requireNonNullElse(smtp.port(), SmtpConfiguration.DEFAULT_PORT);
    this.user = smtp.user() == null ? "" : smtp.user().strip();
    this.password = smtp.password() == null ? "" : smtp.password();
    this.starttls = Boolean.TRUE.equals(smtp.starttls());
    this.from = mail.from();
    this.dataDirectory = dataDirectory.path();
  }

  /** The SMTP host, or empty for the embedded default (mail to files). */
  Optional<String> host() {
    return host.isEmpty() ? Optional.empty() : Optional.of(host);
  }

  int port() {
    return port;
  }

  /** The SMTP login, or empty to send without authenticating. */
  Optional<String> user() {
    return user.isEmpty() ? Optional.empty() : Optional.of(user);
  }

  String password() {
    return password;
  }

  boolean starttls() {
    return starttls;
  }

  String from() {
    return from;
  }

  Path mailFolder() {
    return dataDirectory.resolve("mail");
  }
}
