package org.microblog.adapter.web.limits;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.microblog.adapter.web.error.ErrorPages;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.application.port.in.limits.RateLimitExceededException;

/** A used-up budget: 429, a page that says what happened, and when to try again. */
@Singleton
@Produces
final class TooManyRequestsHandler
    implements ExceptionHandler<RateLimitExceededException, MutableHttpResponse<?>> {
  private final ErrorPages pages;

  TooManyRequestsHandler(ErrorPages pages) {
    this.pages = pages;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, RateLimitExceededException exception) {
    return pages
        .page(
            request,
            HttpStatus.TOO_MANY_REQUESTS,
            Phrase.known("rule.limit", exception.getMessage()))
        .header("Retry-After", Long.toString(Math.max(1, exception.retryAfter().toSeconds())));
  }
}
