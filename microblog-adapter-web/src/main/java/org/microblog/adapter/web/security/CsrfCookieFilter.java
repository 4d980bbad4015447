package org.microblog.adapter.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Gives every browser its CSRF token: the one from its cookie, or a new one that the response then
 * sets as a cookie. Pages embed the token from the request attribute ({@link
 * CsrfTokens#ATTRIBUTE}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfCookieFilter implements Ordered {
  private final CsrfTokens tokens;

  CsrfCookieFilter(CsrfTokens tokens) {
    this.tokens = tokens;
  }

  @RequestFilter
  void assign(HttpRequest<?> request) {
    request.setAttribute(
        CsrfTokens.ATTRIBUTE, tokens.fromCookie(request).orElseGet(tokens::newToken));
  }

  @ResponseFilter
  void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (tokens.fromCookie(request).isEmpty()) {
      request
          .getAttribute(CsrfTokens.ATTRIBUTE, String.class)
          .ifPresent(token -> response.cookie(tokens.cookie(token)));
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }
}
