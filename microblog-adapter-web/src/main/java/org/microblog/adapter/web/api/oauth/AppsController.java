package org.microblog.adapter.web.api.oauth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiForm;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.oauth.RegisterAppCommand;
import org.microblog.application.port.in.oauth.RegisterAppUseCase;
import org.microblog.application.port.in.oauth.RegisteredApp;
import org.microblog.domain.oauth.AppName;
import org.microblog.domain.oauth.AppWebsite;
import org.microblog.domain.oauth.RedirectUris;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.shared.DomainException;

/** Registering an app ({@code POST /api/v1/apps}) and checking an app token. */
@Controller("/api/v1/apps")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AppsController {
  private final RegisterAppUseCase registerApp;
  private final BearerTokenQuery tokens;
  private final JsonMapper json;

  AppsController(RegisterAppUseCase registerApp, BearerTokenQuery tokens, JsonMapper json) {
    this.registerApp = registerApp;
    this.tokens = tokens;
    this.json = json;
  }

  /** Form-encoded, JSON, or without a Content-Type: apps send all three. */
  @Post(
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> register(HttpRequest<?> request, @Body @Nullable String body) {
    ApiForm form = ApiForm.parse(body, request.getContentType(), json);
    RegisterAppCommand command;
    try {
      command =
          new RegisterAppCommand(
              new AppName(form.first("client_name").orElse(null)),
              AppWebsite.parse(form.first("website").orElse(null)),
              RedirectUris.parse(String.join("\n", form.all("redirect_uris"))),
              Scopes.parse(form.first("scopes").orElse(null)));
    } catch (DomainException refused) {
      return HttpResponse.unprocessableEntity().body(new ApiError(refused.getMessage()));
    }
    RegisteredApp registered = registerApp.register(command);
    return HttpResponse.ok(AppJson.registered(registered.app(), registered.clientSecret()));
  }

  /** Any live token of the app will do, a person's or the app's own. */
  @Get("/verify_credentials")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @SecurityRequirement(name = "bearer")
  HttpResponse<?> verifyCredentials(Authentication authentication) {
    return ApiCaller.of(authentication)
        .flatMap(caller -> tokens.app(caller.clientId()))
        .<HttpResponse<?>>map(app -> HttpResponse.ok(AppJson.shown(app)))
        .orElseThrow(ApiError.NotFound::new);
  }
}
