package org.microblog.adapter.web.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import org.microblog.adapter.web.login.LoginCookies;

/** Logging out: a POST (with its CSRF token), so that no link or image can log anyone out. */
@Produces(MediaType.TEXT_HTML)
@Controller("/logout")
@Secured(SecurityRule.IS_ANONYMOUS)
final class LogoutController {
  private final LoginCookies loginCookies;

  LogoutController(LoginCookies loginCookies) {
    this.loginCookies = loginCookies;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> logout() {
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/login?logged-out"));
    loginCookies.clear(response);
    return response;
  }
}
