package org.microblog.boot.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code microblog.smtp.*} (environment {@code MICROBLOG_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _STARTTLS}): the mail server. No host: mail goes to files instead.
 */
@ConfigurationProperties("microblog.smtp")
public record SmtpConfiguration(
    @Nullable String host,
    @Nullable Integer port,
    @Nullable String user,
    @Nullable String password,
    @Nullable Boolean starttls) {

  /** SMTP's own port, when none is set. */
  public static final int DEFAULT_PORT = 25;
}
