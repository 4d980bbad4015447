package org.microblog.adapter.web.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
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
import org.microblog.adapter.web.login.LoginCookies;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.RequestPasswordResetCommand;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.in.account.ResetPasswordCommand;
import org.microblog.application.port.in.account.ResetPasswordUseCase;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;

/**
 * A forgotten password: asking for a link (answered the same whether or not an account has the
 * address) and setting a new password through it.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/reset-password")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PasswordResetController {
  private static final String REQUEST_VIEW = "account/forgot-password";
  private static final String RESET_VIEW = "account/reset-password";
  static final String MAIL_FAILED = FormSubmission.MAIL_FAILED;
  private final RequestPasswordResetUseCase requestReset;
  private final ResetPasswordUseCase resetPassword;
  private final AccountTokenQuery tokens;
  private final LoginCookies loginCookies;

  PasswordResetController(
      RequestPasswordResetUseCase requestReset,
      ResetPasswordUseCase resetPassword,
      AccountTokenQuery tokens,
      LoginCookies loginCookies) {
    this.requestReset = requestReset;
    this.resetPassword = resetPassword;
    this.tokens = tokens;
    this.loginCookies = loginCookies;
  }

  @Get
  HttpResponse<?> form() {
    return HttpResponse.ok(new ModelAndView<>(REQUEST_VIEW, PageModel.empty().asMap()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> request(@Body ResetRequestForm form) {
    FormErrors errors = new FormErrors();
    Optional<EmailAddress> email = errors.attempt(() -> new EmailAddress(form.email()));
    if (errors.any()) {
      return requestPage(HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
    }
    return switch (requestReset.request(new RequestPasswordResetCommand(email.orElseThrow()))) {
      case ACCEPTED -> HttpResponse.seeOther(URI.create("/reset-password?sent"));
      case MAIL_FAILED ->
          requestPage(HttpStatus.SERVICE_UNAVAILABLE, form, errors.add("email", MAIL_FAILED));
    };
  }

  private static HttpResponse<?> requestPage(
      HttpStatus status, ResetRequestForm form, FormErrors errors) {
    return FormSubmission.page(status, REQUEST_VIEW, PageModel.of("form", form), errors);
  }

  @Get("/{token}")
  HttpResponse<?> resetForm(@PathVariable String token) {
    try {
      TokenValue value = new TokenValue(token);
      tokens.ensureUsable(value, TokenPurpose.RESET_PASSWORD);
      return HttpResponse.ok(new ModelAndView<>(RESET_VIEW, resetModel(value).asMap()));
    } catch (DomainException problem) {
      return linkProblem(problem);
    }
  }

  @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> reset(@PathVariable String token, @Body NewPasswordForm form) {
    TokenValue value;
    try {
      value = new TokenValue(token);
    } catch (DomainException malformed) {
      return linkProblem(malformed);
    }
    FormErrors errors = new FormErrors();
    Optional<Password> password =
        errors.attempt(() -> Password.confirmed(form.password(), form.confirm()));
    if (!errors.any()) {
      try {
        resetPassword.reset(new ResetPasswordCommand(value, password.orElseThrow()));
        MutableHttpResponse<?> done = HttpResponse.seeOther(URI.create("/login?reset"));
        loginCookies.clear(done);
        return done;
      } catch (DomainException problem) {
        if (TokenPages.isTokenProblem(problem)) {
          return linkProblem(problem);
        }
        errors.add(problem);
      }
    }
    return FormSubmission.page(
        HttpStatus.UNPROCESSABLE_ENTITY, RESET_VIEW, resetModel(value), errors);
  }

  private static PageModel resetModel(TokenValue token) {
    return PageModel.of("action", "/reset-password/" + token.value());
  }

  private static HttpResponse<?> linkProblem(DomainException problem) {
    if (!TokenPages.isTokenProblem(problem)) {
      throw problem;
    }
    return TokenPages.problem(problem, "/reset-password", "Ask for a new link");
  }
}
