package org.microblog.adapter.web.oauth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.util.List;
import org.microblog.adapter.web.error.ErrorPages;
import org.microblog.adapter.web.headers.FormTargets;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.oauth.ApproveAuthorizationUseCase;
import org.microblog.application.port.in.oauth.AuthorizationRequestQuery;
import org.microblog.application.port.in.oauth.CheckedAuthorization;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;
import org.microblog.domain.oauth.AppWebsite;
import org.microblog.domain.oauth.RedirectUris;

/**
 * {@code /oauth/authorize}: a logged-in person (anyone else logs in first and comes back) sees
 * which app asks for which scopes and approves or denies it. The app's redirect URI gets the code
 * (or the denial) with the app's {@code state}; {@value RedirectUris#OOB} shows the code on a page
 * instead. An unknown app or a redirect URI it did not register is never redirected to: an error
 * page says so.
 */
@Controller("/oauth/authorize")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthorizeController {
  private final AuthorizationRequestQuery requests;
  private final ApproveAuthorizationUseCase approve;
  private final ErrorPages errorPages;

  AuthorizeController(
      AuthorizationRequestQuery requests,
      ApproveAuthorizationUseCase approve,
      ErrorPages errorPages) {
    this.requests = requests;
    this.approve = approve;
    this.errorPages = errorPages;
  }

  /** {@code force_login} is accepted; the page names the logged-in person, with a way out. */
  @Get
  HttpResponse<?> ask(
      HttpRequest<?> request,
      Authentication authentication,
      @QueryValue("response_type") @Nullable String responseType,
      @QueryValue("client_id") @Nullable String clientId,
      @QueryValue("redirect_uri") @Nullable String redirectUri,
      @QueryValue @Nullable String scope,
      @QueryValue @Nullable String state,
      @QueryValue("code_challenge") @Nullable String codeChallenge,
      @QueryValue("code_challenge_method") @Nullable String codeChallengeMethod) {
    Viewer viewer = CurrentViewer.required(authentication);
    AuthorizeForm form =
        new AuthorizeForm(
            responseType,
            clientId,
            redirectUri,
            scope,
            state,
            codeChallenge,
            codeChallengeMethod,
            null);
    CheckedAuthorization checked;
    try {
      checked = check(form);
    } catch (OAuthRefusal refusal) {
      return refused(request, form, refusal);
    }
    PageModel model =
        PageModel.of("app", checked.app().name().value())
            .with("website", checked.app().website().map(AppWebsite::value).orElse(null))
            .with("scopes", ScopeItem.of(checked.scopes().names()))
            .with("username", viewer.username())
            .with("form", form)
            .with("scopeText", checked.scopes().text());
    MutableHttpResponse<?> page =
        HttpResponse.ok(new ModelAndView<>("oauth/authorize", model.asMap()));
    FormTargets.allow(page, checked.redirectUri());
    return page;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> decide(
      HttpRequest<?> request, Authentication authentication, @Body AuthorizeForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    try {
      check(form);
      if (!"approve".equals(form.decision())) {
        throw new OAuthRefusal(
            OAuthError.ACCESS_DENIED,
            "The resource owner or authorization server denied the request.");
      }
      String code = approve.approve(viewer.id(), form.request());
      if (RedirectUris.isOob(form.redirectUri())) {
        return HttpResponse.ok(
            new ModelAndView<>("oauth/code", PageModel.of("code", code).asMap()));
      }
      return HttpResponse.seeOther(
          RedirectUri.with(form.redirectUri(), List.of("code", code), form.stateValue()));
    } catch (OAuthRefusal refusal) {
      return refused(request, form, refusal);
    }
  }

  private CheckedAuthorization check(AuthorizeForm form) {
    if (form.state() != null && form.state().length() > AuthorizeForm.MAX_STATE) {
      throw new OAuthRefusal(OAuthError.INVALID_REQUEST, "The state is too long.");
    }
    return requests.check(form.request());
  }

  /**
   * Errors about the app or its redirect URI are shown here (redirecting would help an attacker);
   * the others go back to the app, as OAuth asks, unless the app reads codes out of band.
   */
  private HttpResponse<?> refused(
      HttpRequest<?> request, AuthorizeForm form, OAuthRefusal refusal) {
    boolean redirectable =
        refusal.error() != OAuthError.INVALID_CLIENT
            && refusal.error() != OAuthError.INVALID_REQUEST
            && !RedirectUris.isOob(form.redirectUri());
    if (!redirectable) {
      return errorPages.page(
          request,
          HttpStatus.BAD_REQUEST,
          Phrase.of(
              "error.message.oauthRefused", Phrase.known("rule.oauth", refusal.getMessage())));
    }
    URI back =
        RedirectUri.with(
            form.redirectUri(),
            List.of("error", refusal.error().code(), "error_description", refusal.getMessage()),
            form.stateValue());
    return HttpResponse.seeOther(back);
  }
}
