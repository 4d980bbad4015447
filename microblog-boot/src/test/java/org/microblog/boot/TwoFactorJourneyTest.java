package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.domain.twofactor.Totp;
import org.microblog.domain.twofactor.TotpSecret;

/** Two-factor over HTTP against the real wiring and database: codes work once, and it turns off. */
@MicronautTest
class TwoFactorJourneyTest {
  @Inject EmbeddedServer server;

  private static String code(TotpSecret secret, int stepsAhead) {
    return Totp.code(secret, Totp.stepAt(Instant.now()) + stepsAhead, Totp.DIGITS);
  }

  private Browser passwordStep(String name) {
    Browser browser = new Browser(server.getURI()).visit("/login");
    HttpResponse<String> response =
        browser.post("/login", Map.of("username", name, "password", "password of " + name));
    assertThat(Browser.location(response)).isEqualTo("/login/two-factor");
    return browser;
  }

  @Test
  void aCodeWorksOnceARecoveryCodeOnceAndTurningOffNeedsPasswordAndCode() {
    Browser uma = new Browser(server.getURI());
    uma.register("uma", "password of uma");
    uma.logIn("uma", "password of uma");
    String secretText =
        Browser.html(uma.get("/settings/two-factor")).select("input[name=secret]").val();
    TotpSecret secret = TotpSecret.parse(secretText);
    HttpResponse<String> wrong =
        uma.post("/settings/two-factor/enable", Map.of("secret", secretText, "code", "000000"));
    assertThat(wrong.statusCode()).isIn(422);
    assertThat(Browser.html(wrong).select("input[name=secret]").val())
        .as("the same key again, so the app still matches")
        .isEqualTo(secretText);
    HttpResponse<String> on =
        uma.post(
            "/settings/two-factor/enable", Map.of("secret", secretText, "code", code(secret, 0)));
    assertThat(on.headers().firstValue("Cache-Control")).contains("no-store");
    List<String> recovery = Browser.html(on).select("#recovery-codes code").eachText();

    String next = code(secret, 1);
    Browser first = passwordStep("uma");
    assertThat(first.post("/login/two-factor", Map.of("code", next)).statusCode()).isEqualTo(303);
    Browser replay = passwordStep("uma");
    HttpResponse<String> replayed = replay.post("/login/two-factor", Map.of("code", next));
    assertThat(replayed.statusCode()).as("replayed code").isEqualTo(422);
    assertThat(replay.post("/login/two-factor", Map.of("code", recovery.get(1))).statusCode())
        .isEqualTo(303);
    Browser again = passwordStep("uma");
    assertThat(again.post("/login/two-factor", Map.of("code", recovery.get(1))).statusCode())
        .as("used recovery code")
        .isEqualTo(422);

    HttpResponse<String> noPassword =
        first.post("/settings/two-factor/disable", Map.of("password", "nope", "code", "123456"));
    assertThat(noPassword.statusCode()).isEqualTo(422);
    // Steps up to now+1 are used; turning off a step later proves the app is still at hand.
    HttpResponse<String> off =
        first.post(
            "/settings/two-factor/disable",
            Map.of("password", "password of uma", "code", code(secret, 1)));
    assertThat(off.statusCode()).as("the step was used at login").isEqualTo(422);
  }
}
