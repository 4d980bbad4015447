package org.microblog.adapter.web.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;

/** Finds the viewer of a request. */
public final class CurrentViewer {
  private CurrentViewer() {}

  public static Optional<Viewer> of(HttpRequest<?> request) {
    return request.getUserPrincipal(Authentication.class).flatMap(Viewer::of);
  }

  /** For routes secured as authenticated: a token without a usable subject is refused. */
  public static Viewer required(Authentication authentication) {
    return Viewer.of(authentication)
        .orElseThrow(() -> new HttpStatusException(HttpStatus.UNAUTHORIZED, "Please log in."));
  }
}
