package org.microblog.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.account.ChangeEmailCommand;
import org.microblog.application.port.in.account.ChangeEmailUseCase;
import org.microblog.application.port.in.account.ChangePasswordUseCase;
import org.microblog.application.port.in.account.DeleteAccountCommand;
import org.microblog.application.port.in.account.DeleteAccountUseCase;
import org.microblog.application.port.in.account.SendVerificationUseCase;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Username;

@MicronautTest
class SettingsPagesTest extends WebTestSupport {
  @Inject AccountQuery accounts;
  @Inject ChangeEmailUseCase changeEmail;
  @Inject ChangePasswordUseCase changePassword;
  @Inject SendVerificationUseCase sendVerification;
  @Inject DeleteAccountUseCase deleteAccount;

  @BeforeEach
  void anUnverifiedAlice() {
    reset(accounts, changeEmail, changePassword, sendVerification, deleteAccount);
    when(accounts.account(ALICE))
        .thenReturn(
            Optional.of(
                new AccountView(
                    ALICE,
                    new Username("alice"),
                    new EmailAddress("alice@example.org"),
                    AboutMe.empty(),
                    false,
                    true)));
  }

  @Test
  void anonymousVisitorsAreSentToLogIn() {
    for (String path : List.of("/settings/account", "/settings/delete", "/settings/export")) {
      HttpResponse<String> response = anonymous().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(303);
      assertThat(Browser.location(response)).as(path).startsWith("/login");
    }
  }

  @Test
  void theAccountPageShowsTheAddressItsStatusAndTheSettingsNavigation() {
    Document page = Browser.html(alice().get("/settings/account"));

    assertThat(page.select("#current-email").text()).isEqualTo("alice@example.org");
    assertThat(page.select("#email-status").text()).isEqualTo("not verified");
    assertThat(page.select(".settings-nav a").eachAttr("href"))
        .containsExactly(
            "/settings/profile",
            "/settings/account",
            "/settings/sessions",
            "/settings/blocks",
            "/settings/apps",
            "/settings/two-factor",
            "/settings/export",
            "/settings/delete");
  }

  @Test
  void changingTheAddressMailsTheNewOneAndSaysSo() {
    Browser browser = alice();

    HttpResponse<String> response =
        browser.post(
            "/settings/account/email", Map.of("email", "alice@new.example", "current", "pw"));

    assertThat(response.statusCode()).isEqualTo(303);
    verify(changeEmail)
        .requestChange(new ChangeEmailCommand(ALICE, "pw", new EmailAddress("alice@new.example")));
    assertThat(Browser.html(browser.get(Browser.location(response))).select(".notice").text())
        .contains("We have sent a link to your new address");
  }

  @Test
  void aWrongPasswordIsShownOnTheForm() {
    doThrow(DomainException.invalid("current.wrong", "That password is not correct."))
        .when(changeEmail)
        .requestChange(any());

    HttpResponse<String> response =
        alice().post("/settings/account/email", Map.of("email", "a@new.example", "current", "x"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text())
        .isEqualTo("That password is not correct.");
  }

  @Test
  void anUnreachableMailServerIsToldHonestly() {
    doThrow(new MailDeliveryException("down", new RuntimeException()))
        .when(changeEmail)
        .requestChange(any());

    HttpResponse<String> response =
        alice().post("/settings/account/email", Map.of("email", "a@new.example", "current", "x"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(Browser.html(response).select(".error").text()).contains("could not send");
  }

  @Test
  void changingThePasswordRenewsThisBrowsersLogin() {
    when(changePassword.change(any()))
        .thenReturn(new AuthenticatedUser(ALICE, new Username("alice")));

    HttpResponse<String> response =
        alice()
            .post(
                "/settings/account/password",
                Map.of("current", "old", "password", "long enough", "confirm", "long enough"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/settings/account?done=password-changed");
    assertThat(response.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("mb_session=ey"));
  }

  @Test
  void resendingVerificationTooOftenIsRefusedWithTheDomainsMessage() {
    doThrow(DomainException.conflict("verification.rate-limited", "Please wait an hour."))
        .when(sendVerification)
        .send(ALICE);

    HttpResponse<String> response = alice().post("/settings/account/verification", Map.of());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text()).isEqualTo("Please wait an hour.");
  }

  @Test
  void deletingNeedsThePasswordThenLogsOut() {
    doThrow(DomainException.invalid("password.wrong", "That password is not correct."))
        .when(deleteAccount)
        .delete(new DeleteAccountCommand(ALICE, "wrong"));
    Browser browser = alice();

    HttpResponse<String> refused = browser.post("/settings/delete", Map.of("password", "wrong"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Browser.html(refused).select(".error").text())
        .isEqualTo("That password is not correct.");

    HttpResponse<String> deleted = browser.post("/settings/delete", Map.of("password", "right"));

    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(Browser.location(deleted)).isEqualTo("/login?deleted");
    assertThat(deleted.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("mb_session=;"));
    verify(deleteAccount).delete(new DeleteAccountCommand(ALICE, "right"));
  }

  @Test
  void deletingWithoutTheCsrfTokenIsRefused() {
    HttpResponse<String> response =
        alice().postRaw("/settings/delete", Map.of("password", "right"));

    assertThat(response.statusCode()).isEqualTo(403);
    verify(deleteAccount, never()).delete(any());
  }
}
