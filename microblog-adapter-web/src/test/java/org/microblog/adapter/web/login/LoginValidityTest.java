package org.microblog.adapter.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;

@MicronautTest
class LoginValidityTest extends WebTestSupport {
  @Inject Collection<TokenValidator<HttpRequest<?>>> tokenValidators;

  @Test
  void aLoginTheAccountHasEndedIsSentToLogInAgainWithItsCookieCleared() {
    Browser browser = alice();
    when(loginValidity.isLoginValid(eq(ALICE), any())).thenReturn(false);

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

    verify(loginValidity).isLoginValid(ALICE, LOGIN);
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
