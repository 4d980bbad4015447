package org.microblog.adapter.web.settings;

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
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.LoginCookies;
import org.microblog.application.port.in.login.LogOutEverywhereUseCase;
import org.microblog.domain.user.UserId;

/** Ends every login of one's account, on every device (say, after losing a phone). */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/logout-everywhere")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LogOutEverywhereController {
  private final LogOutEverywhereUseCase logOutEverywhere;
  private final LoginCookies loginCookies;

  LogOutEverywhereController(LogOutEverywhereUseCase logOutEverywhere, LoginCookies loginCookies) {
    this.logOutEverywhere = logOutEverywhere;
    this.loginCookies = loginCookies;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> logOutEverywhere(Authentication authentication) {
    UserId user = CurrentViewer.required(authentication).id();
    logOutEverywhere.logOutEverywhere(user);
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/login?everywhere"));
    loginCookies.clear(response);
    return response;
  }
}
