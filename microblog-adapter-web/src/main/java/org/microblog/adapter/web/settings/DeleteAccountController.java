package org.microblog.adapter.web.settings;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.LoginCookies;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.account.DeleteAccountCommand;
import org.microblog.application.port.in.account.DeleteAccountUseCase;

/** Leaving: deleting one's account after typing the password again. */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/delete")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class DeleteAccountController {
  private static final String VIEW = "settings/delete";
  private final DeleteAccountUseCase deleteAccount;
  private final LoginCookies loginCookies;

  DeleteAccountController(DeleteAccountUseCase deleteAccount, LoginCookies loginCookies) {
    this.deleteAccount = deleteAccount;
    this.loginCookies = loginCookies;
  }

  @Get
  HttpResponse<?> confirm() {
    return HttpResponse.ok(new ModelAndView<>(VIEW, PageModel.empty().asMap()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(Authentication authentication, @Body DeleteAccountForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    return FormSubmission.of(errors)
        .then(
            () -> {
              deleteAccount.delete(new DeleteAccountCommand(viewer.id(), form.password()));
              MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/login?deleted"));
              loginCookies.clear(response);
              return response;
            },
            status -> FormSubmission.page(status, VIEW, PageModel.empty(), errors));
  }
}
