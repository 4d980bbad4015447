package org.microblog.adapter.web.headers;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.microblog.adapter.web.config.HstsConfiguration;
import org.microblog.adapter.web.filter.FilterOrder;

/**
 * Security headers on every response. The policy allows only this site's own styles, images and
 * form targets, only its own script files (never inline script: the one script, {@code
 * /static/live.js}, keeps the navigation bar's counts live and opens the live stream, hence {@code
 * connect-src}), and no framing (clickjacking). HSTS is sent only when the site is served over TLS
 * ({@code microblog.hsts}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {
  static final String CSP_HEADER = "Content-Security-Policy";
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self';"
          + " img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";
  private static final String ONE_YEAR = "max-age=31536000; includeSubDomains";
  private final boolean hsts;

  SecurityHeadersFilter(HstsConfiguration configuration) {
    this.hsts = configuration.hsts();
  }

  /** Outermost, so that responses made by other filters (redirects, refusals) get them too. */
  @Override
  public int getOrder() {
    return FilterOrder.SECURITY_HEADERS;
  }

  @ResponseFilter
  void addHeaders(MutableHttpResponse<?> response) {
    MutableHttpHeaders headers = response.getHeaders();
    if (!headers.contains(CSP_HEADER)) {
      // A page that sets its own policy (FormTargets) keeps it.
      headers.add(CSP_HEADER, CONTENT_SECURITY_POLICY);
    }
    headers.add("X-Content-Type-Options", "nosniff");
    headers.add("Referrer-Policy", "same-origin");
    headers.add("X-Frame-Options", "DENY");
    headers.add("Cross-Origin-Opener-Policy", "same-origin");
    headers.add("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (hsts) {
      headers.add("Strict-Transport-Security", ONE_YEAR);
    }
  }
}
