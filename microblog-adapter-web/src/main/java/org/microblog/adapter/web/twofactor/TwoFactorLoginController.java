package org.microblog.adapter.web.twofactor;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Optional;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.limits.RateLimits;
import org.microblog.adapter.web.login.LoginStarter;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.twofactor.VerifySecondFactorUseCase;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.twofactor.SecondFactor;

/**
 * The second login step: after the right password, a code from the app or a recovery code. Only
 * then is a login recorded. A wrong code counts as a failed login for the rate limits, so guessing
 * codes is as slow as guessing passwords; a missing, forged or expired step starts over.
 */
@Produces(MediaType.TEXT_HTML)
@Controller(PendingLoginCookie.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TwoFactorLoginController {
  private static final String VIEW = "account/two-factor";
  static final String WRONG = "That code is not right, or it was used already.";
  private final PendingLoginCookie pendingLogins;
  private final VerifySecondFactorUseCase verify;
  private final RateLimits rateLimits;
  private final LoginStarter loginStarter;

  TwoFactorLoginController(
      PendingLoginCookie pendingLogins,
      VerifySecondFactorUseCase verify,
      RateLimits rateLimits,
      LoginStarter loginStarter) {
    this.pendingLogins = pendingLogins;
    this.verify = verify;
    this.rateLimits = rateLimits;
    this.loginStarter = loginStarter;
  }

  @Get
  HttpResponse<?> form(HttpRequest<?> request) {
    if (pendingLogins.read(request).isEmpty()) {
      return startOver();
    }
    return HttpResponse.ok(new ModelAndView<>(VIEW, PageModel.empty().asMap()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> submit(HttpRequest<?> request, @Body CodeForm form) {
    Optional<PendingLogin> pending = pendingLogins.read(request);
    if (pending.isEmpty()) {
      return startOver();
    }
    PendingLogin login = pending.get();
    String username = login.user().username().value();
    rateLimits.checkLogin(request, username);
    FormErrors errors = new FormErrors();
    Optional<SecondFactor> factor = errors.attempt(() -> SecondFactor.typed(form.code()));
    return FormSubmission.of(errors)
        .then(
            () -> {
              if (!verify.verify(login.user().id(), factor.orElseThrow())) {
                throw DomainException.invalid("code.wrong", WRONG);
              }
              rateLimits.loginSucceeded(username);
              MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(login.next()));
              pendingLogins.clear(response);
              loginStarter.logIn(request, response, login.user(), login.remember());
              return response;
            },
            status -> {
              rateLimits.loginFailed(request, username);
              PageModel model = PageModel.of("error", errors.first().orElseThrow());
              return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model.asMap()));
            });
  }

  private MutableHttpResponse<?> startOver() {
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/login?step-expired"));
    pendingLogins.clear(response);
    return response;
  }
}
