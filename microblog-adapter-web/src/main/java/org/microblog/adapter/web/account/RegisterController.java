package org.microblog.adapter.web.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import org.microblog.adapter.web.language.LanguageResolver;
import org.microblog.adapter.web.limits.RateLimits;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.Username;

/** Opening an account. */
@Produces(MediaType.TEXT_HTML)
@Controller("/register")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RegisterController {
  private static final String VIEW = "account/register";
  private final RegisterUserUseCase registerUser;
  private final RateLimits rateLimits;
  private final LanguageResolver languages;

  RegisterController(
      RegisterUserUseCase registerUser, RateLimits rateLimits, LanguageResolver languages) {
    this.registerUser = registerUser;
    this.rateLimits = rateLimits;
    this.languages = languages;
  }

  @Get
  HttpResponse<?> form() {
    return HttpResponse.ok(new ModelAndView<>(VIEW, PageModel.empty().asMap()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> register(HttpRequest<?> request, @Body RegistrationForm form) {
    rateLimits.checkRegistration(request);
    FormErrors errors = new FormErrors();
    Optional<Username> username = errors.attempt(() -> new Username(form.username()));
    Optional<EmailAddress> email = errors.attempt(() -> new EmailAddress(form.email()));
    Optional<Password> password =
        errors.attempt(() -> Password.confirmed(form.password(), form.confirm()));
    return FormSubmission.of(errors)
        .then(
            () -> {
              registerUser.register(
                  new RegisterUserCommand(
                      username.orElseThrow(),
                      email.orElseThrow(),
                      password.orElseThrow(),
                      // The language the page was read in is the account's from now on.
                      Optional.of(languages.of(request))));
              rateLimits.registered(request);
              return HttpResponse.seeOther(URI.create("/login?registered"));
            },
            status ->
                FormSubmission.page(
                    status, VIEW, PageModel.of("form", form.withoutPasswords()), errors));
  }
}
