package org.microblog.adapter.web.csrf;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.microblog.adapter.web.api.auth.ApiPaths;
import org.microblog.adapter.web.error.ErrorPages;
import org.microblog.adapter.web.filter.FilterOrder;
import org.microblog.adapter.web.i18n.Phrase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Cross-site request forgery protection for every state-changing request, by double submission:
 * each browser holds a random token in an HttpOnly, SameSite=Strict cookie ({@link
 * CsrfCookieFilter}), every form carries the same token in a hidden field ({@value
 * CsrfTokens#FIELD}), and a request whose field (or {@code X-CSRF-Token} header) does not match its
 * cookie is refused with 403 before any controller runs. A foreign site can make a browser send the
 * cookie but can neither read it nor set it.
 */
@ServerFilter(
    value = ServerFilter.MATCH_ALL_PATTERN,
    methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
final class CsrfFilter implements Ordered {
  private final CsrfTokens tokens;
  private final ErrorPages errorPages;
  private final long maxRequestSize;

  CsrfFilter(CsrfTokens tokens, ErrorPages errorPages, HttpServerConfiguration server) {
    this.tokens = tokens;
    this.errorPages = errorPages;
    this.maxRequestSize = server.getMaxRequestSize();
  }

  /**
   * Compares the submitted token with the cookie's. A form body is read from a buffered copy, so
   * the controller still gets the body, and nothing blocks the event loop.
   */
  @RequestFilter
  Publisher<Optional<MutableHttpResponse<?>>> verify(HttpRequest<?> request) {
    long length = request.getContentLength();
    if (length > maxRequestSize) {
      // Too large is the first thing wrong with it: say so (413) rather than "bad token".
      throw new ContentLengthExceededException(maxRequestSize, length);
    }
    if (ApiPaths.isCookieFree(request)) {
      // The API and the token endpoints act on bearer tokens and client secrets, never on cookies.
      return Mono.just(Optional.empty());
    }
    Optional<String> expected = tokens.fromCookie(request);
    if (expected.isEmpty()) {
      return Mono.just(Optional.of(refusal(request)));
    }
    Optional<String> header = request.getHeaders().findFirst(CsrfTokens.HEADER);
    if (header.isPresent()) {
      return Mono.just(decide(request, expected.get(), header));
    }
    if (!isForm(request) || !(request instanceof ServerHttpRequest<?> serverRequest)) {
      return Mono.just(Optional.of(refusal(request)));
    }
    return Mono.fromFuture(
        serverRequest
            .byteBody()
            .split(ByteBody.SplitBackpressureMode.FASTEST)
            .buffer()
            .thenApply(
                body -> {
                  try (body) {
                    String form = body.toString(StandardCharsets.UTF_8);
                    return decide(request, expected.get(), tokens.fromForm(form));
                  }
                }));
  }

  /** Empty lets the request through; a response refuses it. */
  private Optional<MutableHttpResponse<?>> decide(
      HttpRequest<?> request, String expected, Optional<String> submitted) {
    return submitted.filter(token -> CsrfTokens.same(expected, token)).isPresent()
        ? Optional.empty()
        : Optional.of(refusal(request));
  }

  private MutableHttpResponse<?> refusal(HttpRequest<?> request) {
    return errorPages.page(request, HttpStatus.FORBIDDEN, Phrase.of("error.message.csrf"));
  }

  private static boolean isForm(HttpRequest<?> request) {
    return request
        .getContentType()
        .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
        .orElse(false);
  }

  /**
   * Before the security filter and everything that may move the request to another thread: the body
   * copy must be taken on the event loop.
   */
  @Override
  public int getOrder() {
    return FilterOrder.CSRF_CHECK;
  }
}
