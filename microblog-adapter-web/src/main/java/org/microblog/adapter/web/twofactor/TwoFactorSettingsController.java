package org.microblog.adapter.web.twofactor;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.twofactor.DisableTwoFactorCommand;
import org.microblog.application.port.in.twofactor.DisableTwoFactorUseCase;
import org.microblog.application.port.in.twofactor.EnableTwoFactorCommand;
import org.microblog.application.port.in.twofactor.EnableTwoFactorUseCase;
import org.microblog.application.port.in.twofactor.TwoFactorQuery;
import org.microblog.application.port.in.twofactor.TwoFactorSetup;
import org.microblog.domain.twofactor.RecoveryCode;
import org.microblog.domain.twofactor.TotpCode;
import org.microblog.domain.twofactor.TotpSecret;

/**
 * Turning two-factor authentication on (scan or type a new secret, confirm with a code; the
 * recovery codes are shown once, on the answer to that POST, never stored in the clear) and off
 * (password and code).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/two-factor")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TwoFactorSettingsController {
  private static final String VIEW = "settings/two-factor";
  private final TwoFactorQuery twoFactor;
  private final EnableTwoFactorUseCase enable;
  private final DisableTwoFactorUseCase disable;

  TwoFactorSettingsController(
      TwoFactorQuery twoFactor, EnableTwoFactorUseCase enable, DisableTwoFactorUseCase disable) {
    this.twoFactor = twoFactor;
    this.enable = enable;
    this.disable = disable;
  }

  @Get
  HttpResponse<?> page(Authentication authentication) {
    Viewer viewer = CurrentViewer.required(authentication);
    return render(HttpStatus.OK, model(viewer, Optional.empty()));
  }

  @Post(value = "/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> turnOn(Authentication authentication, @Body EnableForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    Optional<TotpSecret> secret = errors.attempt(() -> TotpSecret.parse(form.secret()));
    Optional<TotpCode> code = errors.attempt(() -> TotpCode.typed(form.code()));
    return FormSubmission.of(errors)
        .then(
            () -> {
              List<RecoveryCode> codes =
                  enable.enable(
                      new EnableTwoFactorCommand(
                          viewer.id(), secret.orElseThrow(), code.orElseThrow()));
              PageModel shown =
                  PageModel.of("on", true)
                      .with("recoveryCodes", codes.stream().map(RecoveryCode::value).toList())
                      .with("recoveryCodesLeft", codes.size());
              // The only time the codes exist in the clear: no cache may keep this answer.
              return render(HttpStatus.OK, shown).header(HttpHeaders.CACHE_CONTROL, "no-store");
            },
            status -> FormSubmission.page(status, VIEW, model(viewer, secret), errors));
  }

  @Post(value = "/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> turnOff(Authentication authentication, @Body DisableForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    Optional<TotpCode> code = errors.attempt(() -> TotpCode.typed(form.code()));
    return FormSubmission.of(errors)
        .then(
            () -> {
              disable.disable(
                  new DisableTwoFactorCommand(viewer.id(), form.password(), code.orElseThrow()));
              return HttpResponse.seeOther(URI.create("/settings/two-factor?off"));
            },
            status -> FormSubmission.page(status, VIEW, model(viewer, Optional.empty()), errors));
  }

  /**
   * Status when on; a setup (the given secret again after a wrong code, else a new one) when off.
   */
  private PageModel model(Viewer viewer, Optional<TotpSecret> secretShown) {
    var status = twoFactor.status(viewer.id());
    if (status.on()) {
      return PageModel.of("on", true).with("recoveryCodesLeft", status.recoveryCodesLeft());
    }
    TwoFactorSetup setup =
        secretShown
            .map(secret -> twoFactor.setupWith(viewer.id(), secret))
            .orElseGet(() -> twoFactor.newSetup(viewer.id()));
    TotpSecret secret = setup.secret();
    QrSvg qr = QrSvg.of(setup.otpauthUri());
    return PageModel.of("on", false)
        .with("secret", secret.base32())
        .with("secretGrouped", secret.base32().replaceAll("(.{4})(?!$)", "$1 "))
        .with("qrPath", qr.path())
        .with("qrSize", qr.viewBoxSize());
  }

  private static io.micronaut.http.MutableHttpResponse<?> render(
      HttpStatus status, PageModel model) {
    return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model.asMap()));
  }
}
