package org.microblog.adapter.web.settings;

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
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.Optional;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.LoginStarter;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.account.ChangeEmailCommand;
import org.microblog.application.port.in.account.ChangeEmailUseCase;
import org.microblog.application.port.in.account.ChangePasswordCommand;
import org.microblog.application.port.in.account.ChangePasswordUseCase;
import org.microblog.application.port.in.account.SendVerificationUseCase;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;

/**
 * One's email address (changing it, verifying it) and password. Each change asks for the current
 * password; a new address counts only once its verification link has been followed.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AccountSettingsController {
  private static final String VIEW = "settings/account";

  private final AccountQuery accounts;
  private final ChangeEmailUseCase changeEmail;
  private final ChangePasswordUseCase changePassword;
  private final SendVerificationUseCase sendVerification;
  private final LoginStarter loginStarter;

  AccountSettingsController(
      AccountQuery accounts,
      ChangeEmailUseCase changeEmail,
      ChangePasswordUseCase changePassword,
      SendVerificationUseCase sendVerification,
      LoginStarter loginStarter) {
    this.accounts = accounts;
    this.changeEmail = changeEmail;
    this.changePassword = changePassword;
    this.sendVerification = sendVerification;
    this.loginStarter = loginStarter;
  }

  @Get
  HttpResponse<?> show(Authentication authentication) {
    Viewer viewer = CurrentViewer.required(authentication);
    return page(viewer, HttpStatus.OK, PageModel.empty(), new FormErrors());
  }

  @Post(value = "/email", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> changeEmail(Authentication authentication, @Body ChangeEmailForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    Optional<EmailAddress> email = errors.attempt(() -> new EmailAddress(form.email()));
    return FormSubmission.of(errors)
        .mailing("email")
        .then(
            () -> {
              changeEmail.requestChange(
                  new ChangeEmailCommand(viewer.id(), form.current(), email.orElseThrow()));
              return done("email-sent");
            },
            status -> page(viewer, status, PageModel.of("newEmail", form.email()), errors));
  }

  @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> changePassword(
      HttpRequest<?> request, Authentication authentication, @Body ChangePasswordForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    Optional<Password> password =
        errors.attempt(() -> Password.confirmed(form.password(), form.confirm()));
    return FormSubmission.of(errors)
        .then(
            () -> {
              AuthenticatedUser user =
                  changePassword.change(
                      new ChangePasswordCommand(
                          viewer.id(), form.current(), password.orElseThrow()));
              // Every login issued before now has ended; this browser gets a fresh one.
              MutableHttpResponse<?> response = done("password-changed");
              loginStarter.logInAgain(request, response, user, authentication);
              return response;
            },
            status -> page(viewer, status, PageModel.empty(), errors));
  }

  @Post(value = "/verification", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> resendVerification(Authentication authentication) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    return FormSubmission.of(errors)
        .mailing("verification")
        .then(
            () -> {
              sendVerification.send(viewer.id());
              return done("verification-sent");
            },
            status -> page(viewer, status, PageModel.empty(), errors));
  }

  private static MutableHttpResponse<?> done(String what) {
    return HttpResponse.seeOther(URI.create("/settings/account?done=" + what));
  }

  private HttpResponse<?> page(
      Viewer viewer, HttpStatus status, PageModel model, FormErrors errors) {
    AccountView account =
        accounts
            .account(viewer.id())
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such account."));
    model.with("email", account.email().value()).with("verified", account.emailVerified());
    return FormSubmission.page(status, VIEW, model, errors);
  }
}
