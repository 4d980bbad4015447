package org.microblog.boot;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.microblog.adapter.web.error.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for exceptions nothing else handled. When the database cannot be reached the
 * answer is a 503 "try again" page with {@code Retry-After} (the connection pool gives up after a
 * few seconds, so nothing hangs); anything else is logged and gets the 500 page, never a stack
 * trace.
 */
@Singleton
@Produces
final class UnexpectedErrorHandler
    implements ExceptionHandler<RuntimeException, MutableHttpResponse<?>> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
  private static final String CONNECTION_FAILURE_SQL_STATE_CLASS = "08";
  private static final String RETRY_AFTER_SECONDS = "5";
  private final ErrorPages pages;

  UnexpectedErrorHandler(ErrorPages pages) {
    this.pages = pages;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
    if (isDatabaseUnreachable(exception)) {
      LOG.warn(
          "Database unreachable: {} {} answered 503", request.getMethodName(), request.getPath());
      return pages
          .page(request, HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", RETRY_AFTER_SECONDS);
    }
    LOG.error("Unexpected error on {} {}", request.getMethodName(), request.getPath(), exception);
    return pages.page(request, HttpStatus.INTERNAL_SERVER_ERROR);
  }

  static boolean isDatabaseUnreachable(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof ConnectException
          || cause instanceof ConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(CONNECTION_FAILURE_SQL_STATE_CLASS)) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
