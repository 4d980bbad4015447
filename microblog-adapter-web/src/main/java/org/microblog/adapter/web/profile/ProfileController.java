package org.microblog.adapter.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.microblog.adapter.web.view.PageParameters;

/** Public profiles. */
@Produces(MediaType.TEXT_HTML)
@Controller("/users/{username}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProfileController {
  private final ProfilePage profilePage;

  ProfileController(ProfilePage profilePage) {
    this.profilePage = profilePage;
  }

  @Get
  HttpResponse<?> show(
      HttpRequest<?> request,
      @PathVariable String username,
      @QueryValue @Nullable String before,
      @QueryValue @Nullable String after) {
    return profilePage.show(request, username, PageParameters.parse(before, after));
  }
}
