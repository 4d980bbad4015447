package org.microblog.adapter.web.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code microblog.public-url} (environment {@code MICROBLOG_PUBLIC_URL}): the address people reach
 * this site at, for the absolute links in mails (a mail has no base address). {@value #DEFAULT}
 * unless set; a trailing slash is dropped.
 */
@ConfigurationProperties("microblog")
public record PublicUrlConfiguration(@Nullable String publicUrl) {
  public static final String DEFAULT = "http://localhost:8080";

  public PublicUrlConfiguration {
    publicUrl =
        (publicUrl == null || publicUrl.isBlank() ? DEFAULT : publicUrl.strip())
            .replaceAll("/+$", "");
  }
}
