package org.microblog.adapter.web.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.view.PageParameters;

/** The home timeline: one's own posts and those of the people one follows. */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class HomeController {
  private final HomePage homePage;

  HomeController(HomePage homePage) {
    this.homePage = homePage;
  }

  @Get
  HttpResponse<?> home(
      Authentication authentication,
      @QueryValue @Nullable String before,
      @QueryValue @Nullable String after) {
    return homePage.show(
        CurrentViewer.required(authentication), PageParameters.parse(before, after));
  }
}
