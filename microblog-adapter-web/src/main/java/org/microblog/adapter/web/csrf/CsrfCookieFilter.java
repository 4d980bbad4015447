package org.microblog.adapter.web.csrf;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;
import org.microblog.adapter.web.api.auth.ApiPaths;
import org.microblog.adapter.web.filter.FilterOrder;

/**
 * Gives every browser its CSRF token: the one from its cookie, or a new one that the response then
 * sets as a cookie. Pages embed the token from the request attribute ({@link
 * CsrfTokens#ATTRIBUTE}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfCookieFilter implements Ordered {
  /** Set when this request brought no valid token, so the response must set the new one. */
  private static final String NEW_TOKEN = "microblog.csrf.new";

  private final CsrfTokens tokens;

  CsrfCookieFilter(CsrfTokens tokens) {
    this.tokens = tokens;
  }

  @RequestFilter
  void assign(HttpRequest<?> request) {
    if (ApiPaths.isCookieFree(request)) {
      // No page, no form: the client API and the token endpoints set no cookie.
      return;
    }
    Optional<String> existing = tokens.fromCookie(request);
    request.setAttribute(CsrfTokens.ATTRIBUTE, existing.orElseGet(tokens::newToken));
    if (existing.isEmpty()) {
      request.setAttribute(NEW_TOKEN, Boolean.TRUE);
    }
  }

  @ResponseFilter
  void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (request.getAttribute(NEW_TOKEN).isPresent()) {
      request
          .getAttribute(CsrfTokens.ATTRIBUTE, String.class)
          .ifPresent(token -> response.cookie(tokens.cookie(token)));
    }
  }

  @Override
  public int getOrder() {
    return FilterOrder.CSRF_COOKIE;
  }
}
