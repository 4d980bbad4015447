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
import java.util.Optional;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.VerifyEmailUseCase;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;

/**
 * Following a verification link. Opening the link changes nothing (mail scanners open links); the
 * page's button does, by POST with its CSRF token.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/verify-email/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EmailVerificationController {
  /** Where a person whose link does not work asks for a new one. */
  private static final String ASK_AGAIN = "/settings/account";

  private final AccountTokenQuery tokens;
  private final VerifyEmailUseCase verifyEmail;

  EmailVerificationController(AccountTokenQuery tokens, VerifyEmailUseCase verifyEmail) {
    this.tokens = tokens;
    this.verifyEmail = verifyEmail;
  }

  @Get
  HttpResponse<?> confirm(@PathVariable String token) {
    FormErrors errors = new FormErrors();
    Optional<TokenValue> link = errors.attempt(() -> new TokenValue(token));
    return FormSubmission.of(errors)
        .throughLink(ASK_AGAIN)
        .then(
            () -> {
              tokens.ensureUsable(link.orElseThrow(), TokenPurpose.VERIFY_EMAIL);
              PageModel model = PageModel.of("action", "/verify-email/" + token);
              return HttpResponse.ok(new ModelAndView<>("account/verify-email", model.asMap()));
            });
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> verify(HttpRequest<?> request, @PathVariable String token) {
    FormErrors errors = new FormErrors();
    Optional<TokenValue> link = errors.attempt(() -> new TokenValue(token));
    return FormSubmission.of(errors)
        .throughLink(ASK_AGAIN)
        .then(
            () -> {
              verifyEmail.verify(link.orElseThrow());
              boolean loggedIn = CurrentViewer.of(request).isPresent();
              return HttpResponse.seeOther(
                  URI.create(loggedIn ? "/settings/account?verified" : "/login?verified"));
            });
  }
}
