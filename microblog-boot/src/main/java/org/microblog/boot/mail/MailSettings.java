package org.microblog.boot.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How mail leaves: {@code microblog.smtp.*} and {@code microblog.mail.from} (environment {@code
 * MICROBLOG_SMTP_*}, {@code MICROBLOG_MAIL_FROM}); each default is written here only. With no SMTP
 * host, mail goes to files under the data folder instead.
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
      @Value("${microblog.smtp.host:}") @Nullable String host,
      @Value("${microblog.smtp.port:25}") int port,
      @Value("${microblog.smtp.user:}") @Nullable String user,
      @Value("${microblog.smtp.password:}") @Nullable String password,
      @Value("${microblog.smtp.starttls:false}") boolean starttls,
      @Value("${microblog.mail.from:microblog@localhost}") String from,
      @Value("${microblog.data-dir:./data}") String dataDirectory) {
    this.host = host == null ? "" : host.strip();
    this.port = port;
    this.user = user == null ? "" : user.strip();
    this.password = password == null ? "" : password;
    this.starttls = starttls;
    this.from = from;
    this.dataDirectory = Path.of(dataDirectory);
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
