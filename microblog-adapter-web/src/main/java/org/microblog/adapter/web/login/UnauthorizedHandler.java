package org.microblog.adapter.web.login;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import org.microblog.adapter.web.api.auth.ApiPaths;
import org.microblog.adapter.web.api.auth.ApiRefusals;
import org.microblog.adapter.web.error.ErrorPages;
import org.microblog.adapter.web.i18n.Phrase;

/**
 * What a refused request sees: an anonymous visitor is sent to the login page (coming back to the
 * page they wanted afterwards), except on the live stream, which answers 401; a logged-in one gets
 * the 403 page. The client API answers in JSON instead ({@link ApiRefusals}).
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class UnauthorizedHandler
    implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
  /** The live stream: a script asks for it, and a redirect to a page would mean nothing to it. */
  private static final String LIVE_EVENTS = "/events";

  private final ErrorPages errorPages;

  UnauthorizedHandler(ErrorPages errorPages) {
    this.errorPages = errorPages;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
    if (ApiPaths.isApi(request)) {
      return ApiRefusals.refusal(request);
    }
    if (exception.isForbidden()) {
      return errorPages.page(request, HttpStatus.FORBIDDEN, Phrase.of("error.message.403"));
    }
    if (request.getPath().equals(LIVE_EVENTS)) {
      return HttpResponse.unauthorized();
    }
    return HttpResponse.seeOther(LoginPage.forRequest(request));
  }
}
