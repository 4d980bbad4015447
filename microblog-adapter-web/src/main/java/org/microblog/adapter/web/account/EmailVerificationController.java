package org.microblog.adapter.web.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.VerifyEmailUseCase;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.shared.DomainException;

/**
 * Following a verification link. Opening the link changes nothing (mail scanners open links); the
 * page's button does, by POST with its CSRF token.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/verify-email/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EmailVerificationController {
  private final AccountTokenQuery tokens;
  private final VerifyEmailUseCase verifyEmail;

  EmailVerificationController(AccountTokenQuery tokens, VerifyEmailUseCase verifyEmail) {
    this.tokens = tokens;
    this.verifyEmail = verifyEmail;
  }

  @Get
  HttpResponse<?> confirm(@PathVariable String token) {
    try {
      TokenValue value = new TokenValue(token);
      tokens.ensureUsable(value, TokenPurpose.VERIFY_EMAIL);
      PageModel model = PageModel.of("action", "/verify-email/" + value.value());
      return HttpResponse.ok(new ModelAndView<>("account/verify-email", model.asMap()));
    } catch (DomainException problem) {
      return linkProblem(problem);
    }
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> verify(HttpRequest<?> request, @PathVariable String token) {
    try {
      verifyEmail.verify(new TokenValue(token));
    } catch (DomainException problem) {
      return linkProblem(problem);
    }
    boolean loggedIn = CurrentViewer.of(request).isPresent();
    return HttpResponse.seeOther(
        URI.create(loggedIn ? "/settings/account?verified" : "/login?verified"));
  }

  private static HttpResponse<?> linkProblem(DomainException problem) {
    if (!TokenPages.isTokenProblem(problem)) {
      throw problem;
    }
    return TokenPages.problem(problem, "/settings/account", "Ask for a new link");
  }
}
