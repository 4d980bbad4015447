package org.microblog.adapter.web.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import org.microblog.adapter.web.form.PathValues;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.oauth.AuthorisedAppsUseCase;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.shared.DomainException;

/** The apps a person authorised through the client API, each with "revoke". */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/apps")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AppsSettingsController {
  private final AuthorisedAppsUseCase apps;

  AppsSettingsController(AuthorisedAppsUseCase apps) {
    this.apps = apps;
  }

  @Get
  HttpResponse<?> list(Authentication authentication, @QueryValue @Nullable String revoked) {
    Viewer viewer = CurrentViewer.required(authentication);
    PageModel model =
        PageModel.of("apps", apps.appsOf(viewer.id()).stream().map(AppItem::of).toList());
    if (revoked != null) {
      model.with("notice", Phrase.of("settings.apps.revoked"));
    }
    return HttpResponse.ok(new ModelAndView<>("settings/apps", model.asMap()));
  }

  /** Revoking an app that holds nothing (or a malformed id) changes nothing and says the same. */
  @Post(value = "/{clientId}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> revoke(Authentication authentication, @PathVariable String clientId) {
    Viewer viewer = CurrentViewer.required(authentication);
    ClientId app = PathValues.parse(clientId, ClientId::new, AppsSettingsController::unknown);
    apps.revoke(viewer.id(), app);
    return HttpResponse.seeOther(URI.create("/settings/apps?revoked"));
  }

  private static DomainException unknown() {
    return DomainException.notFound("oauth.app-unknown", "There is no such app.");
  }
}
