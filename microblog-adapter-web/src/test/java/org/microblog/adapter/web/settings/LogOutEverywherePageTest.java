package org.microblog.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.LogOutEverywhereUseCase;

@MicronautTest
class LogOutEverywherePageTest extends WebTestSupport {
  @Inject LogOutEverywhereUseCase logOutEverywhere;

  @Test
  void endsEveryLoginOfTheViewerAndThisOneToo() {
    reset(logOutEverywhere);
    Browser browser = alice();

    HttpResponse<String> response = browser.post("/settings/logout-everywhere", Map.of());

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/login?everywhere");
    assertThat(browser.cookie("mb_session")).isEmpty();
    verify(logOutEverywhere).logOutEverywhere(ALICE);
    assertThat(Browser.html(browser.get("/login?everywhere")).select(".notice").text())
        .isEqualTo("You have logged out on every device.");
  }

  @Test
  void needsALoginAndAToken() {
    reset(logOutEverywhere);
    assertThat(
            anonymous().visit("/login").post("/settings/logout-everywhere", Map.of()).statusCode())
        .isEqualTo(303);
    assertThat(alice().postRaw("/settings/logout-everywhere", Map.of()).statusCode())
        .isEqualTo(403);
    verify(logOutEverywhere, never()).logOutEverywhere(any());
  }
}
