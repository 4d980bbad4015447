package org.microblog.adapter.web.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The API's own refusals as Mastodon JSON errors. */
final class ApiErrorHandler {
  private ApiErrorHandler() {}

  @Singleton
  @Produces
  static final class BadParameters
      implements ExceptionHandler<ApiError.BadParameter, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ApiError.BadParameter exception) {
      return ApiError.badRequest(exception.getMessage());
    }
  }

  @Singleton
  @Produces
  static final class NotFound
      implements ExceptionHandler<ApiError.NotFound, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ApiError.NotFound exception) {
      return ApiError.notFound();
    }
  }
}
