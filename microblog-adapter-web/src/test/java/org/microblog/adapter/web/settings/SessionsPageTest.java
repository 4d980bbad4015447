package org.microblog.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.EndLoginUseCase;
import org.microblog.application.port.in.login.LoginView;
import org.microblog.application.port.in.login.LoginsQuery;
import org.microblog.domain.login.LoginId;
import org.mockito.Mockito;

@MicronautTest
class SessionsPageTest extends WebTestSupport {
  private static final LoginId PHONE = new LoginId("phone-login-0123456789");
  private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");
  @Inject LoginsQuery logins;
  @Inject EndLoginUseCase endLogin;

  @BeforeEach
  void twoLogins() {
    Mockito.reset(logins, endLogin);
    when(logins.loginsOf(ALICE))
        .thenReturn(
            List.of(
                new LoginView(LOGIN, "Firefox on Linux", "203.0.113.0/24", false, T, T, T),
                new LoginView(PHONE, "<b>Chrome</b> on Android", "unknown", true, T, T, T)));
  }

  @Test
  void listsTheLoginsEscapedWithThisOneMarked() {
    Document page = Browser.html(alice().get("/settings/sessions"));

    assertThat(page.select("#logins li")).hasSize(2);
    assertThat(page.select("#logins .current h2").text()).startsWith("Firefox on Linux");
    assertThat(page.select("#logins li:not(.current) h2").text())
        .isEqualTo("<b>Chrome</b> on Android");
    assertThat(page.select("#logins form").eachAttr("action"))
        .containsExactly(
            "/settings/sessions/" + LOGIN.value() + "/end",
            "/settings/sessions/" + PHONE.value() + "/end");
    assertThat(page.text()).contains("Apps you authorised are listed under Apps");
  }

  @Test
  void endingAnotherLoginKeepsThisOneAndUnknownOnesAre404() {
    Browser browser = alice();
    when(endLogin.end(ALICE, PHONE)).thenReturn(true);

    HttpResponse<String> ended =
        browser.post("/settings/sessions/" + PHONE.value() + "/end", Map.of());
    HttpResponse<String> unknown =
        browser.post("/settings/sessions/someone-elses-login-id/end", Map.of());
    HttpResponse<String> malformed = browser.post("/settings/sessions/%3Cscript%3E/end", Map.of());

    assertThat(Browser.location(ended)).isEqualTo("/settings/sessions?ended");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(List.of(unknown, malformed))
        .allSatisfy(
            response ->
                assertThat(Browser.html(response).select("main").text())
                    .contains("There is no such login."));
    assertThat(browser.get("/settings/sessions").statusCode()).isEqualTo(200);
  }

  @Test
  void loggingOutEndsThisLoginsRecord() {
    Browser browser = alice();

    HttpResponse<String> out = browser.post("/logout", Map.of());

    assertThat(Browser.location(out)).isEqualTo("/login?logged-out");
    verify(endLogin).end(ALICE, LOGIN);
  }

  @Test
  void endingNeedsTheCsrfTokenAndAGetChangesNothing() {
    Browser browser = alice();

    assertThat(
            browser.postRaw("/settings/sessions/" + PHONE.value() + "/end", Map.of()).statusCode())
        .isEqualTo(403);
    browser.get("/settings/sessions/" + PHONE.value() + "/end");
    Mockito.verify(endLogin, Mockito.never()).end(any(), any());
  }
}
