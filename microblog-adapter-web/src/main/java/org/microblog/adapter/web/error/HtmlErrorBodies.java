package org.microblog.adapter.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.microblog.adapter.web.i18n.Phrase;

/**
 * Micronaut's own error responses (no route, malformed parameters, too large a body, wrong method,
 * uncaught exceptions) as our error page whenever the client asks for HTML. Only messages we wrote
 * ourselves are shown; a framework's or an exception's text never reaches the page.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
final class HtmlErrorBodies implements HtmlErrorResponseBodyProvider {
  private final ErrorPages pages;

  HtmlErrorBodies(ErrorPages pages) {
    this.pages = pages;
  }

  @Override
  public String body(ErrorContext context, HttpResponse<?> response) {
    HttpStatus status = response.status();
    Phrase message =
        context
            .getRootCause()
            .filter(HttpStatusException.class::isInstance)
            .filter(cause -> cause.getClass().getPackageName().startsWith("org.microblog"))
            .map(cause -> Phrase.known("error.refusal", cause.getMessage()))
            .orElseGet(() -> ErrorPages.defaultMessage(status));
    return pages.page(context.getRequest(), status, message).body();
  }
}
