package org.microblog.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.microblog.adapter.web.error.ErrorPages;

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

  /** Reading a form body blocks, so this runs off the event loop, as the controllers do. */
  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  MutableHttpResponse<?> verify(HttpRequest<?> request) {
    long length = request.getContentLength();
    if (length > maxRequestSize) {
      // Too large is the first thing wrong with it: say so (413) rather than "bad token".
      throw new ContentLengthExceededException(maxRequestSize, length);
    }
    Optional<String> expected = tokens.fromCookie(request);
    Optional<String> submitted = expected.isPresent() ? submittedToken(request) : Optional.empty();
    if (submitted.isPresent() && CsrfTokens.same(expected.get(), submitted.get())) {
      return null;
    }
    return errorPages.page(
        request,
        HttpStatus.FORBIDDEN,
        "This form has expired or did not come from this site. Please go back, reload the page"
            + " and try again.");
  }

  private Optional<String> submittedToken(HttpRequest<?> request) {
    Optional<String> header = request.getHeaders().findFirst(CsrfTokens.HEADER);
    if (header.isPresent()) {
      return header;
    }
    boolean form =
        request
            .getContentType()
            .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
            .orElse(false);
    if (!form || !(request instanceof ServerHttpRequest<?> serverRequest)) {
      return Optional.empty();
    }
    return tokens.fromForm(readBody(serverRequest));
  }

  private static String readBody(ServerHttpRequest<?> request) {
    try (CloseableByteBody copy =
            request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).allowDiscard();
        InputStream in = copy.toInputStream()) {
      return new String(in.readNBytes(CsrfTokens.MAX_FORM_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
