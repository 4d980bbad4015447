package org.microblog.adapter.web.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An error of the client API, in Mastodon's shape: {@code {"error": "..."}} with a 4xx status, so
 * that apps show the message instead of an HTML page.
 */
@Serdeable
public record ApiError(String error) {
  /** Mastodon's answer for an unknown or malformed id. */
  public static HttpResponse<ApiError> notFound() {
    return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND)
        .body(new ApiError("Record not found"));
  }

  public static HttpResponse<ApiError> badRequest(String message) {
    return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError(message));
  }

  /** Thrown by parameter parsing; {@link ApiErrorHandler} turns it into a 400. */
  public static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadParameter(String message) {
      super(message, null, false, false);
    }
  }

  /** Thrown when an id names nothing; {@link ApiErrorHandler} turns it into a 404. */
  public static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound() {
      super("Record not found", null, false, false);
    }
  }
}
