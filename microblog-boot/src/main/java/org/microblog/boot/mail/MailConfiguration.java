package org.microblog.boot.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code microblog.mail.from} (environment {@code MICROBLOG_MAIL_FROM}): the sender address of
 * every mail, {@value #DEFAULT_FROM} unless set.
 */
@ConfigurationProperties("microblog.mail")
public record MailConfiguration(@Nullable String from) {
  public static final String DEFAULT_FROM = "microblog@localhost";

  public MailConfiguration {
    from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
  }
}
