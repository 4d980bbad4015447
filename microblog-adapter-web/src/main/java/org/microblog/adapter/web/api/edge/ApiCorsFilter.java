package org.microblog.adapter.web.api.edge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.microblog.adapter.web.filter.FilterOrder;

/**
 * CORS for the client API and the documents apps read, so that browser apps on other origins (Elk,
 * Phanpy) can call them: {@code Access-Control-Allow-Origin: *}, never with credentials, and
 * preflights answered at once. Only these paths: pages and the login cookie stay same-origin (the
 * API ignores the cookie anyway). A filter rather than {@code micronaut.server.cors}, whose
 * configurations go by origin and not by path, echo the origin instead of {@code *}, and forbid
 * other origins outright while the server runs on localhost.
 */
@ServerFilter({"/api/**", "/oauth/token", "/oauth/revoke", "/.well-known/nodeinfo", "/nodeinfo/**"})
final class ApiCorsFilter implements Ordered {
  static final String METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
  static final String HEADERS = "Authorization, Content-Type, Idempotency-Key";
  static final String EXPOSED = "Link, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset";

  /** A day: browsers cap it lower (Chromium at two hours) anyway. */
  private static final String MAX_AGE = "86400";

  /** A preflight is answered here, whatever route the path has (or none); other requests go on. */
  @RequestFilter
  @Nullable
  MutableHttpResponse<?> preflight(HttpRequest<?> request) {
    if (!isPreflight(request)) {
      return null;
    }
    return allowAnyOrigin(
        HttpResponse.noContent()
            .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
            .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS)
            .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE));
  }

  @ResponseFilter
  MutableHttpResponse<?> allowAnyOrigin(MutableHttpResponse<?> response) {
    return response
        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
  }

  private static boolean isPreflight(HttpRequest<?> request) {
    return request.getMethod() == HttpMethod.OPTIONS
        && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
  }

  @Override
  public int getOrder() {
    return FilterOrder.API_CORS;
  }
}
