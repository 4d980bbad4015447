package org.microblog.adapter.web.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.in.twofactor.TwoFactorStatus;
import org.microblog.application.port.in.twofactor.VerifySecondFactorUseCase;
import org.microblog.domain.twofactor.SecondFactor;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;
import org.mockito.Mockito;

/** Every way the second login step refuses, and the one way it lets a person in. */
@MicronautTest
class TwoFactorLoginTest extends WebTestSupport {
  static final AuthenticatedUser CARL =
      new AuthenticatedUser(new org.microblog.domain.user.UserId(7), new Username("carl"));
  @Inject org.microblog.adapter.web.i18n.Translations translations;
  @Inject VerifySecondFactorUseCase verifySecondFactor;
  @Inject PendingLoginCookie pendingLogins;

  @BeforeEach
  void carlHasTwoFactorOn() {
    carlNeedsACode(authenticateUser, twoFactor, verifySecondFactor);
  }

  static void carlNeedsACode(
      org.microblog.application.port.in.login.AuthenticateUserUseCase authenticateUser,
      org.microblog.application.port.in.twofactor.TwoFactorQuery twoFactor,
      VerifySecondFactorUseCase verifySecondFactor) {
    Mockito.reset(verifySecondFactor);
    when(authenticateUser.authenticate(new AuthenticateUserCommand("carl", "carl's password")))
        .thenReturn(Optional.of(CARL));
    when(twoFactor.status(CARL.id())).thenReturn(new TwoFactorStatus(true, 10));
  }

  /** The right password: the browser now holds a pending step and no login. */
  private Browser passwordDone() {
    return passwordDone(anonymous());
  }

  static Browser passwordDone(Browser browser) {
    browser.visit("/login");
    var response =
        browser.post(
            "/login",
            Map.of("username", "carl", "password", "carl's password", "next", "/explore"));
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/login/two-factor");
    return browser;
  }

  @Test
  void theRightPasswordLeadsToTheCodeStepAndNoLoginYet() {
    Browser browser = passwordDone();

    assertThat(browser.cookie("mb_session")).isEmpty();
    verify(startLogin, never()).start(any());
    assertThat(browser.get("/login/two-factor").statusCode()).isEqualTo(200);
    assertThat(browser.get("/settings/account").statusCode()).as("not logged in").isEqualTo(303);
  }

  @Test
  void theRightCodeLogsInAndGoesWhereThePersonWasGoing() {
    Browser browser = passwordDone();
    when(verifySecondFactor.verify(CARL.id(), SecondFactor.typed("123456"))).thenReturn(true);

    var response = browser.post("/login/two-factor", Map.of("code", "123 456"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/explore");
    assertThat(browser.cookie("mb_session")).isPresent();
    verify(startLogin).start(any());
    assertThat(browser.get("/login/two-factor").statusCode()).as("step used up").isEqualTo(303);
  }

  @Test
  void aWrongOrReplayedCodeIsRefusedWithAMessage() {
    Browser browser = passwordDone();
    when(verifySecondFactor.verify(eq(CARL.id()), any())).thenReturn(false);

    var response = browser.post("/login/two-factor", Map.of("code", "654321"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text())
        .isEqualTo(TwoFactorLoginController.WRONG);
    assertThat(browser.cookie("mb_session")).isEmpty();
    verify(startLogin, never()).start(any());
  }

  @Test
  void aMalformedOrOversizedCodeIsAClearRefusalNotAnError() {
    Browser browser = passwordDone();

    var oversized = browser.post("/login/two-factor", Map.of("code", "9".repeat(5_000)));
    var malformed = browser.post("/login/two-factor", Map.of("code", "<b>no</b>"));

    assertThat(oversized.statusCode()).isEqualTo(422);
    assertThat(Browser.html(oversized).select(".error").text())
        .isEqualTo("That is longer than any code.");
    assertThat(malformed.statusCode()).isEqualTo(422);
    assertThat(malformed.body()).doesNotContain("<b>no</b>");
  }

  @Test
  void aMissingStepStartsOver() {
    Browser browser = anonymous().visit("/login");

    var post = browser.post("/login/two-factor", Map.of("code", "123456"));

    assertThat(post.statusCode()).isEqualTo(303);
    assertThat(Browser.location(post)).isEqualTo("/login?step-expired");
    assertThat(Browser.location(browser.get("/login/two-factor"))).isEqualTo("/login?step-expired");
    verify(verifySecondFactor, never()).verify(any(), any());
  }

  @Test
  void anExpiredOrForgedStepStartsOver() {
    MutableHttpResponse<?> expired = HttpResponse.ok();
    pendingLogins.issue(expired, new PendingLogin(CARL, false, "/", Instant.now().minusSeconds(1)));
    String expiredValue = expired.getCookies().get(PendingLoginCookie.NAME).getValue();
    String forged = expiredValue.replace('.', '-') + ".AAAA";

    for (String value : new String[] {expiredValue, forged}) {
      Browser browser = anonymous().visit("/login").withCookie(PendingLoginCookie.NAME, value);
      var post = browser.post("/login/two-factor", Map.of("code", "123456"));
      assertThat(Browser.location(post)).isEqualTo("/login?step-expired");
    }
    verify(verifySecondFactor, never()).verify(any(), any());
  }

  @Test
  void theCodeFormNeedsItsCsrfToken() {
    Browser browser = passwordDone();

    assertThat(browser.postRaw("/login/two-factor", Map.of("code", "123456")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theCodeStepAndItsRefusalAreInSpanish() {
    Browser browser = passwordDone(anonymous().speaking("es"));

    var step = browser.get("/login/two-factor");
    var wrong = browser.post("/login/two-factor", Map.of("code", "654321"));

    var noEnglish = new EnglishOnlyText(translations, Language.SPANISH);
    assertThat(noEnglish.in(step.body())).isEmpty();
    assertThat(noEnglish.in(wrong.body())).isEmpty();
    assertThat(Browser.html(step).title()).isEqualTo("Código de dos pasos · Microblog");
    assertThat(Browser.html(wrong).select("#code-error").text())
        .isEqualTo("Ese código no es correcto o ya se ha usado.");
  }
}
