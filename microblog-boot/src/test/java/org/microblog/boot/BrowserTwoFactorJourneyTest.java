package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.domain.twofactor.Totp;
import org.microblog.domain.twofactor.TotpSecret;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor authentication in a real headless Chromium, by clicking: turn it on with the typed key
 * and a code (the test plays the authenticator app), keep the recovery codes, log out, log back in
 * with a code, then with a recovery code.
 */
@MicronautTest
class BrowserTwoFactorJourneyTest {
  private static final String PASSWORD = "password of tess";
  @Inject EmbeddedServer server;
  private Chromium browser;

  @BeforeEach
  void startChromium() {
    browser = Chromium.startOrSkip(server.getPort());
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The app's code one step ahead: accepted (drift), and later than any step used so far. */
  private static String appCode(TotpSecret secret) {
    return Totp.code(secret, Totp.stepAt(Instant.now()) + 1, Totp.DIGITS);
  }

  private void logInWithPassword() {
    browser.open("/login");
    browser.fill("username", "tess");
    browser.fill("password", PASSWORD);
    browser.submit("/login");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/login/two-factor");
  }

  private void logOut() {
    browser.submit("/logout");
    assertThat(browser.text(By.cssSelector(".notice"))).contains("logged out");
  }

  @Test
  void turnOnLogOutAndComeBackWithACodeThenWithARecoveryCode() {
    browser.open("/register");
    browser.fill("username", "tess");
    browser.fill("email", "tess@example.org");
    browser.fill("password", PASSWORD);
    browser.fill("confirm", PASSWORD);
    browser.submit("/register");
    browser.open("/login");
    browser.fill("username", "tess");
    browser.fill("password", PASSWORD);
    browser.submit("/login");

    browser.open("/settings/two-factor");
    assertThat(browser.driver().findElements(By.cssSelector("svg.qr path"))).hasSize(1);
    TotpSecret secret = TotpSecret.parse(browser.text(By.id("secret")));
    browser.fill("code", Totp.code(secret, Totp.stepAt(Instant.now()), Totp.DIGITS));
    browser.submit("/settings/two-factor/enable");
    List<String> recoveryCodes =
        browser.driver().findElements(By.cssSelector("#recovery-codes code")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(recoveryCodes).hasSize(10);
    logOut();

    logInWithPassword();
    browser.fill("code", appCode(secret));
    browser.submit("/login/two-factor");
    assertThat(browser.text(By.id("current-user"))).isEqualTo("tess");
    logOut();

    logInWithPassword();
    browser.fill("code", recoveryCodes.get(0));
    browser.submit("/login/two-factor");
    assertThat(browser.text(By.id("current-user"))).isEqualTo("tess");
    browser.open("/settings/two-factor");
    assertThat(browser.text(By.id("recovery-left"))).startsWith("9 unused");
  }
}
