package org.microblog.adapter.web.api.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import org.microblog.adapter.web.api.ApiError;

/** The API's answers to refused requests: JSON, never a redirect to the login page. */
public final class ApiRefusals {
  private ApiRefusals() {}

  /**
   * 401 without a live bearer token (none, unknown, revoked); 403 when the token lacks the scope or
   * acts for no person where one is needed.
   */
  public static MutableHttpResponse<ApiError> refusal(HttpRequest<?> request) {
    boolean token =
        request.getUserPrincipal(Authentication.class).filter(ApiCaller::isApiToken).isPresent();
    return token
        ? HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN)
            .body(new ApiError("This action is outside the authorized scopes"))
        : HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED)
            .header("WWW-Authenticate", "Bearer realm=\"Microblog\"")
            .body(new ApiError("The access token is invalid"));
  }
}
