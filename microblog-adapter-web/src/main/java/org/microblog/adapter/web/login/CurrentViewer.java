package org.microblog.adapter.web.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import org.microblog.adapter.web.language.LanguageResolver;
import org.microblog.application.port.in.login.LoginStatus;

/** Finds the viewer of a request, and what the login check learnt about them. */
public final class CurrentViewer {
  private static final String STATUS = "microblog.login-status";

  private CurrentViewer() {}

  /**
   * The viewer's status as the login check found it (with the unread notification count); empty for
   * anonymous requests and for requests the check did not pass.
   */
  public static Optional<LoginStatus> status(HttpRequest<?> request) {
    return request.getAttribute(STATUS, LoginStatus.class);
  }

  static void keepStatus(HttpRequest<?> request, LoginStatus status) {
    request.setAttribute(STATUS, status);
    // The account's language outranks the switcher's cookie and the browser on every page.
    status.language().ifPresent(language -> LanguageResolver.accountChose(request, language));
  }

  public static Optional<Viewer> of(HttpRequest<?> request) {
    return request.getUserPrincipal(Authentication.class).flatMap(Viewer::of);
  }

  /** For routes secured as authenticated: a token without a usable subject is refused. */
  public static Viewer required(Authentication authentication) {
    return Viewer.of(authentication)
        .orElseThrow(() -> new HttpStatusException(HttpStatus.UNAUTHORIZED, "Please log in."));
  }
}
