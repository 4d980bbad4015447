package org.microblog.adapter.web.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code microblog.cookie-secure} (environment {@code MICROBLOG_COOKIE_SECURE}): whether the
 * cookies this adapter sets (the login, the CSRF token, the pending two-factor step) carry the
 * {@code Secure} flag, so that browsers send them over HTTPS only. Off unless set; the production
 * environment turns it on.
 */
@ConfigurationProperties("microblog")
public record CookieConfiguration(@Nullable Boolean cookieSecure) {
  public CookieConfiguration {
    cookieSecure = cookieSecure != null && cookieSecure;
  }
}
