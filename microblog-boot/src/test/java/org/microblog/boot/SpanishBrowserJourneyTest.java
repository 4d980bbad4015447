package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.domain.user.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Lola uses Microblog in Spanish, in a real Chromium: she picks Español with the switcher, signs
 * up, searches for a word without its accent, writes to Tomás, sees his answer counted in the
 * navigation bar while her page stays open, and exports her account down to the zip. No page she
 * sees has English left on it.
 */
@MicronautTest
class SpanishBrowserJourneyTest {
  private static final Duration LIVE = Duration.ofSeconds(10);

  @Inject EmbeddedServer server;
  @Inject Translations translations;
  private Chromium lola;

  @AfterEach
  void quit() {
    if (lola != null) {
      lola.close();
    }
  }

  @Test
  void aSpanishSpeakerSearchesWritesSeesTheUnreadCountAndExports() {
    Browser tomas = new Browser(server.getURI()).speaking("es");
    tomas.register("tomas", "la clave de tomas");
    tomas.logIn("tomas", "la clave de tomas");
    tomas.visit("/").post("/posts", Map.of("body", "Un café en Zúrich con amigos"));
    lola = Chromium.startOrSkip(server.getPort());

    lola.open("/explore");
    new Select(lola.driver().findElement(By.id("language-switcher"))).selectByValue("es");
    lola.submit("/language");
    assertThat(lola.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertSpanishOnly();
    registerAndLogIn("lola");
    assertSpanishOnly();

    lola.fill("q", "cafe");
    lola.submit("/search");
    assertThat(lola.text(By.cssSelector(".post-body"))).isEqualTo("Un café en Zúrich con amigos");
    assertThat(lola.text(By.cssSelector(".post-body mark"))).isEqualToIgnoringCase("café");
    assertSpanishOnly();

    lola.open("/users/tomas");
    lola.click(By.id("message-button"));
    lola.fill("body", "¡Hola, Tomás! ¿Qué tal?");
    lola.submit("/messages/tomas");
    assertThat(lola.text(By.cssSelector(".message-body"))).isEqualTo("¡Hola, Tomás! ¿Qué tal?");
    assertSpanishOnly();

    lola.open("/");
    awaitLiveStream();
    tomas.visit("/messages/lola").post("/messages/lola", Map.of("body", "¡Muy bien, Lola!"));
    assertThat(await(By.cssSelector("#unread-messages [aria-hidden]"), "1")).isEqualTo("1");
    assertThat(
            lola.driver()
                .findElement(By.cssSelector("#unread-messages .visually-hidden"))
                .getAttribute("textContent"))
        .isEqualTo("1 mensaje sin leer");

    lola.open("/settings/export");
    lola.submit("/settings/export");
    assertSpanishOnly();
    Browser sameLogin = new Browser(server.getURI()).speaking("es");
    for (Cookie cookie : lola.driver().manage().getCookies()) {
      sameLogin.withCookie(cookie.getName(), cookie.getValue());
    }
    String link = Exports.awaitDownloadLink(sameLogin, Duration.ofSeconds(30));
    lola.open("/settings/export");
    assertThat(lola.driver().findElement(By.id("export-download")).getAttribute("href"))
        .endsWith(link);
    assertSpanishOnly();
    Map<String, String> zip = Exports.download(sameLogin, link);
    assertThat(zip.keySet()).contains("outbox.json");
    assertThat(String.join("\n", zip.values())).contains("¡Hola, Tomás! ¿Qué tal?");
  }

  private void registerAndLogIn(String name) {
    lola.open("/register");
    lola.fill("username", name);
    lola.fill("email", name + "@example.org");
    lola.fill("password", "la clave de " + name);
    lola.fill("confirm", "la clave de " + name);
    lola.submit("/register");
    lola.fill("username", name);
    lola.fill("password", "la clave de " + name);
    lola.submit("/login");
  }

  /** The page Lola sees has no English text from the bundles on it. */
  private void assertSpanishOnly() {
    String page = lola.driver().getPageSource();
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(page))
        .as(lola.driver().getCurrentUrl())
        .isEmpty();
  }

  private void awaitLiveStream() {
    new WebDriverWait(lola.driver(), LIVE)
        .until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-live")));
  }

  private String await(By what, String text) {
    WebDriver driver = lola.driver();
    try {
      new WebDriverWait(driver, LIVE)
          .until(
              d -> !d.findElements(what).isEmpty() && text.equals(d.findElement(what).getText()));
    } catch (org.openqa.selenium.TimeoutException e) {
      return driver.findElements(what).isEmpty() ? "(none)" : driver.findElement(what).getText();
    }
    return driver.findElement(what).getText();
  }
}
