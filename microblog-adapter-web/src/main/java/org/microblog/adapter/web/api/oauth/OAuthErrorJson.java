package org.microblog.adapter.web.api.oauth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;

/** An OAuth error as RFC 6749 (5.2) writes it: {@code {"error", "error_description"}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
record OAuthErrorJson(String error, String errorDescription) {

  /** 401 for a client that failed to authenticate, 400 for everything else. */
  static HttpResponse<OAuthErrorJson> of(OAuthRefusal refusal) {
    HttpStatus status =
        refusal.error() == OAuthError.INVALID_CLIENT
            ? HttpStatus.UNAUTHORIZED
            : HttpStatus.BAD_REQUEST;
    return HttpResponse.<OAuthErrorJson>status(status)
        .header("Cache-Control", "no-store")
        .body(new OAuthErrorJson(refusal.error().code(), refusal.getMessage()));
  }

  static HttpResponse<OAuthErrorJson> invalidRequest(String description) {
    return of(new OAuthRefusal(OAuthError.INVALID_REQUEST, description));
  }
}
