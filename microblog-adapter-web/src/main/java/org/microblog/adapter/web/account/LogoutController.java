package org.microblog.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import org.microblog.adapter.web.login.LoginCookies;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.application.port.in.login.EndLoginUseCase;

/**
 * Logging out: a POST (with its CSRF token), so that no link or image can log anyone out. The login
 * record ends, so a copy of the cookie (a shared computer, a proxy log) is worth nothing after.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/logout")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LogoutController {
  private final LoginCookies loginCookies;
  private final EndLoginUseCase endLogin;

  LogoutController(LoginCookies loginCookies, EndLoginUseCase endLogin) {
    this.loginCookies = loginCookies;
    this.endLogin = endLogin;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> logout(@Nullable Authentication authentication) {
    if (authentication != null) {
      Viewer.of(authentication)
          .ifPresent(
              viewer ->
                  Viewer.loginOf(authentication)
                      .ifPresent(login -> endLogin.end(viewer.id(), login)));
    }
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/login?logged-out"));
    loginCookies.clear(response);
    return response;
  }
}
