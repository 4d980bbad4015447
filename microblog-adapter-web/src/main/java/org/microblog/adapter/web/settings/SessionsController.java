package org.microblog.adapter.web.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import org.microblog.adapter.web.login.LoginCookies;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.login.EndLoginUseCase;
import org.microblog.application.port.in.login.LoginsQuery;
import org.microblog.domain.login.LoginId;

/** The person's logins, each of which they can end; ending this browser's own logs it out. */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/sessions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SessionsController {
  private static final String VIEW = "settings/sessions";
  private final LoginsQuery logins;
  private final EndLoginUseCase endLogin;
  private final LoginCookies loginCookies;

  SessionsController(LoginsQuery logins, EndLoginUseCase endLogin, LoginCookies loginCookies) {
    this.logins = logins;
    this.endLogin = endLogin;
    this.loginCookies = loginCookies;
  }

  @Get
  HttpResponse<?> list(Authentication authentication, @QueryValue @Nullable String ended) {
    Viewer viewer = CurrentViewer.required(authentication);
    LoginId current = Viewer.loginOf(authentication).orElse(null);
    PageModel model =
        PageModel.of(
            "logins",
            logins.loginsOf(viewer.id()).stream()
                .map(login -> SessionItem.of(login, current))
                .toList());
    if (ended != null) {
      model.with("notice", Phrase.of("settings.sessions.ended"));
    }
    return HttpResponse.ok(new ModelAndView<>(VIEW, model.asMap()));
  }

  /** Someone else's login, or one already ended, answers 404 like an unknown one. */
  @Post(value = "/{id}/end", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> end(Authentication authentication, @PathVariable String id) {
    Viewer viewer = CurrentViewer.required(authentication);
    LoginId login = PathValues.parse(id, LoginId::new, LoginId::unknown);
    if (!endLogin.end(viewer.id(), login)) {
      throw LoginId.unknown();
    }
    if (Viewer.loginOf(authentication).filter(login::equals).isPresent()) {
      MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/login?logged-out"));
      loginCookies.clear(response);
      return response;
    }
    return HttpResponse.seeOther(URI.create("/settings/sessions?ended"));
  }
}
