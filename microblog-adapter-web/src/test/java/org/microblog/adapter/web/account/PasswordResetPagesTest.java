package org.microblog.adapter.web.account;

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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.RequestPasswordResetCommand;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.in.account.ResetPasswordCommand;
import org.microblog.application.port.in.account.ResetPasswordUseCase;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.mockito.ArgumentCaptor;

@MicronautTest
class PasswordResetPagesTest extends WebTestSupport {
  private static final String TOKEN = "Abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE";

  @Inject RequestPasswordResetUseCase requestReset;
  @Inject ResetPasswordUseCase resetPassword;
  @Inject AccountTokenQuery tokens;

  @BeforeEach
  void resetMocks() {
    reset(requestReset, resetPassword, tokens);
  }

  @Test
  void theLoginPageLinksToTheForgottenPasswordPage() {
    assertThat(Browser.html(anonymous().get("/login")).select("a#forgot-password").attr("href"))
        .isEqualTo("/reset-password");
  }

  @Test
  void knownAndUnknownAddressesGetTheSameAnswer() {
    // Asked for from a page in English: the mail is in English unless the account chose otherwise.
    when(requestReset.request(
            new RequestPasswordResetCommand(
                new EmailAddress("a@example.org"), Optional.of(Language.ENGLISH))))
        .thenReturn(RequestPasswordResetUseCase.Outcome.ACCEPTED);
    when(requestReset.request(
            new RequestPasswordResetCommand(
                new EmailAddress("nobody@example.org"), Optional.of(Language.ENGLISH))))
        .thenReturn(RequestPasswordResetUseCase.Outcome.ACCEPTED);
    Browser browser = anonymous().visit("/reset-password");

    HttpResponse<String> known = browser.post("/reset-password", Map.of("email", "a@example.org"));
    HttpResponse<String> unknown =
        browser.post("/reset-password", Map.of("email", "nobody@example.org"));

    assertThat(known.statusCode()).isEqualTo(303).isEqualTo(unknown.statusCode());
    assertThat(Browser.location(known)).isEqualTo("/reset-password?sent");
    assertThat(known.body()).isEqualTo(unknown.body());
    assertThat(Browser.html(browser.get("/reset-password?sent")).select(".notice").text())
        .startsWith("If an account uses that address, we have sent it a link");
  }

  @Test
  void aMalformedAddressIsAFormError() {
    Browser browser = anonymous().visit("/reset-password");

    HttpResponse<String> response = browser.post("/reset-password", Map.of("email", "nope"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text())
        .isEqualTo("Please enter a valid email address.");
    verify(requestReset, never()).request(any());
  }

  @Test
  void aMailServerFailureIsToldHonestly() {
    when(requestReset.request(any())).thenReturn(RequestPasswordResetUseCase.Outcome.MAIL_FAILED);
    Browser browser = anonymous().visit("/reset-password");

    HttpResponse<String> response =
        browser.post("/reset-password", Map.of("email", "a@example.org"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(Browser.html(response).select(".error").text())
        .isEqualTo(
            "We could not send the email just now. Nothing has changed; please try again in a"
                + " few minutes.");
  }

  @Test
  void requestsWithoutTheCsrfTokenAreRefused() {
    Browser browser = anonymous().visit("/reset-password");

    HttpResponse<String> request =
        browser.postRaw("/reset-password", Map.of("email", "a@example.org"));
    HttpResponse<String> reset =
        browser.postRaw(
            "/reset-password/" + TOKEN, Map.of("password", "8chars-ok", "confirm", "8chars-ok"));

    assertThat(request.statusCode()).isEqualTo(403);
    assertThat(reset.statusCode()).isEqualTo(403);
    verify(requestReset, never()).request(any());
    verify(resetPassword, never()).reset(any());
  }

  @Test
  void aWorkingLinkShowsTheNewPasswordForm() {
    HttpResponse<String> page = anonymous().get("/reset-password/" + TOKEN);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Browser.html(page).select("main form").attr("action"))
        .isEqualTo("/reset-password/" + TOKEN);
    verify(tokens).ensureUsable(new TokenValue(TOKEN), TokenPurpose.RESET_PASSWORD);
  }

  @ParameterizedTest
  @CsvSource({"expired, 410", "used, 410", "unknown, 404"})
  void aLinkThatNoLongerWorksGetsItsOwnClearPage(String reason, int status) {
    DomainException problem =
        switch (reason) {
          case "expired" ->
              DomainException.invalid("token.expired", "This password reset link has expired.");
          case "used" -> AccountToken.used(TokenPurpose.RESET_PASSWORD);
          default -> AccountToken.unknown(TokenPurpose.RESET_PASSWORD);
        };
    doThrow(problem).when(tokens).ensureUsable(any(), any());
    when(resetPassword.reset(any())).thenThrow(problem);
    Browser browser = anonymous().visit("/login");

    HttpResponse<String> shown = browser.get("/reset-password/" + TOKEN);
    HttpResponse<String> submitted =
        browser.post(
            "/reset-password/" + TOKEN,
            Map.of("password", "long enough", "confirm", "long enough"));

    for (HttpResponse<String> response : java.util.List.of(shown, submitted)) {
      assertThat(response.statusCode()).isEqualTo(status);
      var page = Browser.html(response);
      assertThat(page.select("#link-problem").attr("data-reason")).isEqualTo(reason);
      assertThat(page.select("#link-problem p").first().text()).isEqualTo(problem.getMessage());
      assertThat(page.select("#link-problem a").attr("href")).isEqualTo("/reset-password");
    }
  }

  @Test
  void aMalformedLinkIsA400PageAndReachesNoUseCase() {
    Browser browser = anonymous().visit("/login");

    HttpResponse<String> shown = browser.get("/reset-password/not-a-token");
    HttpResponse<String> submitted =
        browser.post(
            "/reset-password/%3Cscript%3E", Map.of("password", "long enough", "confirm", "x"));

    assertThat(shown.statusCode()).isEqualTo(400);
    assertThat(submitted.statusCode()).isEqualTo(400);
    assertThat(Browser.html(shown).select("#link-problem").attr("data-reason"))
        .isEqualTo("malformed");
    verify(tokens, never()).ensureUsable(any(), any());
    verify(resetPassword, never()).reset(any());
  }

  @Test
  void aNewPasswordFollowsTheRegistrationRulesAndThenSendsToLogin() {
    Browser browser = anonymous().visit("/login");

    HttpResponse<String> mismatch =
        browser.post(
            "/reset-password/" + TOKEN,
            Map.of("password", "long enough", "confirm", "long enougH"));
    assertThat(mismatch.statusCode()).isEqualTo(422);
    assertThat(Browser.html(mismatch).select(".error").text())
        .isEqualTo("The two passwords do not match.");
    verify(resetPassword, never()).reset(any());

    when(resetPassword.reset(any())).thenReturn(ALICE);
    HttpResponse<String> done =
        browser.post(
            "/reset-password/" + TOKEN,
            Map.of("password", "long enough", "confirm", "long enough"));

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(Browser.location(done)).isEqualTo("/login?reset");
    ArgumentCaptor<ResetPasswordCommand> command =
        ArgumentCaptor.forClass(ResetPasswordCommand.class);
    verify(resetPassword).reset(command.capture());
    assertThat(command.getValue().token()).isEqualTo(new TokenValue(TOKEN));
    assertThat(Browser.html(browser.get("/login?reset")).select(".notice").text())
        .contains("Please log in with the new one");
  }
}
