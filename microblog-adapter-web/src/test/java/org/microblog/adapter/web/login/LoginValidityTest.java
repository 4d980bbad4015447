package org.microblog.adapter.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.LoginStatus;

@MicronautTest
class LoginValidityTest extends WebTestSupport {
  @Inject Collection<TokenValidator<HttpRequest<?>>> tokenValidators;

  @Test
  void aLoginTheAccountHasEndedIsSentToLogInAgainWithItsCookieCleared() {
    Browser browser = alice();
    when(loginValidity.status(eq(ALICE), any())).thenReturn(Optional.empty());

    HttpResponse<String> page = browser.get("/settings/profile");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(Browser.location(page)).isEqualTo("/login?ended=&next=%2Fsettings%2Fprofile");
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("mb_session=;").contains("Max-Age=0"));
    HttpResponse<String> post = browser.post("/posts", Map.of("body", "hello"));
    assertThat(post.statusCode()).isEqualTo(303);
    assertThat(Browser.location(post)).startsWith("/login");
  }

  @Test
  void theCheckIsGivenTheLoginRecordOfTheCookie() {
    Browser browser = alice();

    assertThat(browser.get("/").statusCode()).isEqualTo(200);

    verify(loginValidity).status(ALICE, LOGIN);
  }

  @Test
  void aLoginKnownValidPassesWithoutTheBlockingCheckAndBringsItsCount() {
    Browser browser = alice();
    when(loginValidity.knownStatus(ALICE, LOGIN)).thenReturn(Optional.of(new LoginStatus(3)));

    HttpResponse<String> page = browser.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Browser.html(page).select("#unread-notifications .visually-hidden").text())
        .isEqualTo("3 unread notifications");
    verify(loginValidity, never()).status(ALICE, LOGIN);
  }

  @Test
  void anonymousRequestsAreNotChecked() {
    assertThat(anonymous().get("/explore").statusCode()).isEqualTo(200);

    org.mockito.Mockito.verifyNoInteractions(loginValidity);
  }

  @Test
  void aTamperedCopyOfAnAlreadyVerifiedTokenIsRefused() {
    Browser browser = alice();
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    String token = browser.cookie("mb_session").orElseThrow().getValue();
    int signature = token.lastIndexOf('.') + 1;
    char flipped = token.charAt(signature) == 'A' ? 'B' : 'A';
    String tampered = token.substring(0, signature) + flipped + token.substring(signature + 1);

    HttpResponse<String> page =
        anonymous().withCookie("mb_session", tampered).get("/settings/profile");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(Browser.location(page)).startsWith("/login");
  }

  @Test
  void loginTokensAreVerifiedThroughTheMemory() {
    assertThat(tokenValidators).hasAtLeastOneElementOfType(RememberingTokenValidator.class);
  }
}
