package org.microblog.adapter.web.account;

import io.micronaut.http.HttpRequest;
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
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.language.LanguageResolver;
import org.microblog.adapter.web.login.LoginCookies;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.RequestPasswordResetCommand;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.in.account.ResetPasswordCommand;
import org.microblog.application.port.in.account.ResetPasswordUseCase;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
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
  static final Phrase MAIL_FAILED = FormSubmission.MAIL_FAILED;

  /** Where a person whose link does not work asks for a new one. */
  private static final String ASK_AGAIN = "/reset-password";

  private final RequestPasswordResetUseCase requestReset;
  private final ResetPasswordUseCase resetPassword;
  private final AccountTokenQuery tokens;
  private final LoginCookies loginCookies;
  private final LanguageResolver languages;

  PasswordResetController(
      RequestPasswordResetUseCase requestReset,
      ResetPasswordUseCase resetPassword,
      AccountTokenQuery tokens,
      LoginCookies loginCookies,
      LanguageResolver languages) {
    this.requestReset = requestReset;
    this.resetPassword = resetPassword;
    this.tokens = tokens;
    this.loginCookies = loginCookies;
    this.languages = languages;
  }

  @Get
  HttpResponse<?> form() {
    return HttpResponse.ok(new ModelAndView<>(REQUEST_VIEW, PageModel.empty().asMap()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> request(HttpRequest<?> request, @Body ResetRequestForm form) {
    FormErrors errors = new FormErrors();
    Optional<EmailAddress> email = errors.attempt(() -> new EmailAddress(form.email()));
    if (errors.any()) {
      return requestPage(HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
    }
    // The mail speaks the page's language, unless the account chose one.
    RequestPasswordResetCommand command =
        new RequestPasswordResetCommand(email.orElseThrow(), Optional.of(languages.of(request)));
    return switch (requestReset.request(command)) {
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
    FormErrors errors = new FormErrors();
    Optional<TokenValue> link = errors.attempt(() -> new TokenValue(token));
    return FormSubmission.of(errors)
        .throughLink(ASK_AGAIN)
        .then(
            () -> {
              tokens.ensureUsable(link.orElseThrow(), TokenPurpose.RESET_PASSWORD);
              return HttpResponse.ok(new ModelAndView<>(RESET_VIEW, resetModel(token).asMap()));
            });
  }

  @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> reset(@PathVariable String token, @Body NewPasswordForm form) {
    FormErrors errors = new FormErrors();
    Optional<TokenValue> link = errors.attempt(() -> new TokenValue(token));
    Optional<Password> password =
        errors.attempt(() -> Password.confirmed(form.password(), form.confirm()));
    return FormSubmission.of(errors)
        .throughLink(ASK_AGAIN)
        .then(
            () -> {
              resetPassword.reset(
                  new ResetPasswordCommand(link.orElseThrow(), password.orElseThrow()));
              MutableHttpResponse<?> done = HttpResponse.seeOther(URI.create("/login?reset"));
              loginCookies.clear(done);
              return done;
            },
            status -> FormSubmission.page(status, RESET_VIEW, resetModel(token), errors));
  }

  /** The form posts back to the link it was opened from; shown only for a well-formed token. */
  private static PageModel resetModel(String token) {
    return PageModel.of("action", "/reset-password/" + token);
  }
}
