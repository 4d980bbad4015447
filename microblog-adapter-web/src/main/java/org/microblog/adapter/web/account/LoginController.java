package org.microblog.adapter.web.account;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Optional;
import org.microblog.adapter.web.form.SafeRedirect;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.limits.RateLimits;
import org.microblog.adapter.web.login.LoginStarter;
import org.microblog.adapter.web.twofactor.TwoFactorStep;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.application.port.in.login.AuthenticateUserUseCase;
import org.microblog.application.port.in.login.AuthenticatedUser;

/** Logging in. A failed attempt says the same thing whether the user exists or not. */
@Produces(MediaType.TEXT_HTML)
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LoginController {
  private static final String VIEW = "account/login";
  static final Phrase FAILED = Phrase.of("login.failed");
  private final AuthenticateUserUseCase authenticateUser;
  private final RateLimits rateLimits;
  private final LoginStarter loginStarter;
  private final TwoFactorStep twoFactorStep;

  LoginController(
      AuthenticateUserUseCase authenticateUser,
      LoginStarter loginStarter,
      RateLimits rateLimits,
      TwoFactorStep twoFactorStep) {
    this.authenticateUser = authenticateUser;
    this.rateLimits = rateLimits;
    this.loginStarter = loginStarter;
    this.twoFactorStep = twoFactorStep;
  }

  /** The login form; a notice named in the query ({@code ?logged-out}, ...) is shown above it. */
  @Get
  HttpResponse<?> form(@QueryValue @Nullable String next) {
    PageModel model = PageModel.of("next", SafeRedirect.localPathOr(next, ""));
    return HttpResponse.ok(new ModelAndView<>(VIEW, model.asMap()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
    String next = SafeRedirect.localPathOr(form.next(), "/");
    rateLimits.checkLogin(request, form.username());
    Optional<AuthenticatedUser> user =
        authenticateUser.authenticate(
            new AuthenticateUserCommand(form.username(), form.password()));
    if (user.isEmpty()) {
      rateLimits.loginFailed(request, form.username());
      return rejected(form, next);
    }
    Optional<MutableHttpResponse<?>> secondStep =
        twoFactorStep.beginIfOn(user.get(), form.rememberMe(), next);
    if (secondStep.isPresent()) {
      return secondStep.get();
    }
    rateLimits.loginSucceeded(form.username());
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(next));
    loginStarter.logIn(request, response, user.get(), form.rememberMe());
    return response;
  }

  private static HttpResponse<?> rejected(LoginForm form, String next) {
    PageModel model =
        PageModel.of("error", FAILED)
            .with("username", form.username())
            .with("remember", form.rememberMe())
            .with("next", "/".equals(next) ? "" : next);
    return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(new ModelAndView<>(VIEW, model.asMap()));
  }
}
