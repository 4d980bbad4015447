package org.microblog.adapter.web.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code microblog.hsts} (environment {@code MICROBLOG_HSTS}): whether every response carries
 * {@code Strict-Transport-Security}, which only a site served over HTTPS may send. Off unless set;
 * the production environment turns it on.
 */
@ConfigurationProperties("microblog")
public record HstsConfiguration(@Nullable Boolean hsts) {
  public HstsConfiguration {
    hsts = hsts != null && hsts;
  }
}
