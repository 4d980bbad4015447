package org.microblog.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;

@MicronautTest
class LoginValidityTest extends WebTestSupport {

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
  void theCheckIsGivenTheTokensIssueTime() {
    Instant before = Instant.now();
    Browser browser = alice();

    assertThat(browser.get("/").statusCode()).isEqualTo(200);

    verify(loginValidity)
        .isLoginValid(
            eq(ALICE),
            org.mockito.ArgumentMatchers.argThat(
                issued -> !issued.isBefore(before) && !issued.isAfter(Instant.now())));
  }

  @Test
  void anonymousRequestsAreNotChecked() {
    assertThat(anonymous().get("/explore").statusCode()).isEqualTo(200);

    org.mockito.Mockito.verifyNoInteractions(loginValidity);
  }
}
