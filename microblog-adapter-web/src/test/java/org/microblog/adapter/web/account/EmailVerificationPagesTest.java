package org.microblog.adapter.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.in.account.VerifyEmailUseCase;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.shared.DomainException;

@MicronautTest
class EmailVerificationPagesTest extends WebTestSupport {
  private static final String TOKEN = "Abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE";

  @Inject AccountTokenQuery tokens;
  @Inject VerifyEmailUseCase verifyEmail;

  @BeforeEach
  void resetMocks() {
    reset(tokens, verifyEmail);
  }

  @Test
  void openingTheLinkChangesNothingAndItsButtonVerifies() {
    Browser browser = anonymous();

    HttpResponse<String> shown = browser.get("/verify-email/" + TOKEN);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(Browser.html(shown).select("main form").attr("action"))
        .isEqualTo("/verify-email/" + TOKEN);
    verify(tokens).ensureUsable(new TokenValue(TOKEN), TokenPurpose.VERIFY_EMAIL);
    verify(verifyEmail, never()).verify(any());

    HttpResponse<String> verified =
        browser.visit("/login").post("/verify-email/" + TOKEN, Map.of());
    assertThat(Browser.location(verified)).isEqualTo("/login?verified");
    verify(verifyEmail).verify(new TokenValue(TOKEN));
  }

  @Test
  void aLoggedInPersonReturnsToTheirAccountSettings() {
    HttpResponse<String> verified = alice().post("/verify-email/" + TOKEN, Map.of());

    assertThat(Browser.location(verified)).isEqualTo("/settings/account?verified");
  }

  @Test
  void aLinkThatNoLongerWorksGetsTheLinkProblemPageOnOpeningAndOnTheButton() {
    DomainException used = AccountToken.used(TokenPurpose.VERIFY_EMAIL);
    doThrow(used).when(tokens).ensureUsable(any(), any());
    doThrow(used).when(verifyEmail).verify(any());
    Browser browser = anonymous().visit("/login");

    HttpResponse<String> shown = browser.get("/verify-email/" + TOKEN);
    HttpResponse<String> submitted = browser.post("/verify-email/" + TOKEN, Map.of());

    for (HttpResponse<String> response : List.of(shown, submitted)) {
      assertThat(response.statusCode()).isEqualTo(410);
      Document page = Browser.html(response);
      assertThat(page.select("#link-problem").attr("data-reason")).isEqualTo("used");
      assertThat(page.select("#link-problem p").first().text()).isEqualTo(used.getMessage());
      assertThat(page.select("#link-problem a").attr("href")).isEqualTo("/settings/account");
    }
  }

  @Test
  void aMalformedLinkIsA400PageAndReachesNoUseCase() {
    Browser browser = anonymous().visit("/login");

    HttpResponse<String> shown = browser.get("/verify-email/not-a-token");
    HttpResponse<String> submitted = browser.post("/verify-email/%3Cscript%3E", Map.of());

    assertThat(shown.statusCode()).isEqualTo(400);
    assertThat(submitted.statusCode()).isEqualTo(400);
    assertThat(Browser.html(submitted).select("#link-problem").attr("data-reason"))
        .isEqualTo("malformed");
    verify(tokens, never()).ensureUsable(any(), any());
    verify(verifyEmail, never()).verify(any());
  }

  @Test
  void aRefusalThatIsNotAboutTheLinkTakesTheCommonErrorPath() {
    doThrow(DomainException.notFound("account.unknown", "That account no longer exists."))
        .when(verifyEmail)
        .verify(any());

    HttpResponse<String> response =
        anonymous().visit("/login").post("/verify-email/" + TOKEN, Map.of());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Browser.html(response).select("#link-problem")).isEmpty();
    assertThat(Browser.html(response).text()).contains("That account no longer exists.");
  }
}
