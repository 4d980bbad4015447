package org.microblog.adapter.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.auth.ApiPaths;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.domain.shared.DomainException;

/**
 * A rule violation that no controller turned into a form message: shown as the error page with the
 * domain's own sentence and the status its kind calls for.
 */
@Singleton
@Produces
final class DomainExceptionHandler
    implements ExceptionHandler<DomainException, MutableHttpResponse<?>> {
  private final ErrorPages pages;

  DomainExceptionHandler(ErrorPages pages) {
    this.pages = pages;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, DomainException exception) {
    if (ApiPaths.isApi(request)) {
      String message =
          exception.kind() == DomainException.Kind.NOT_FOUND
              ? "Record not found"
              : exception.getMessage();
      return HttpResponse.status(statusOf(exception)).body(new ApiError(message));
    }
    return pages.page(
        request, statusOf(exception), Phrase.rule(exception.key(), exception.getMessage()));
  }

  static HttpStatus statusOf(DomainException exception) {
    return switch (exception.kind()) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case INVALID, CONFLICT -> HttpStatus.UNPROCESSABLE_ENTITY;
    };
  }
}
