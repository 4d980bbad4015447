package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people, live: Uma keeps her home page open in a real Chromium while Vic (in his own browser)
 * posts, mentions her, likes, answers and boosts her post and writes to her. Without a reload, her
 * page shows the waiting post and the notification and message badges change, with the words a
 * screen reader says.
 */
@MicronautTest
class LiveBrowserJourneyTest {
  private static final Duration LIVE = Duration.ofSeconds(5);

  @Inject EmbeddedServer server;
  private Chromium uma;

  @BeforeEach
  void startChromium() {
    uma = Chromium.startOrSkip(server.getPort());
  }

  @AfterEach
  void quit() {
    if (uma != null) {
      uma.close();
    }
  }

  @Test
  void anOpenPageShowsNewsAsItHappens() {
    Browser vic = new Browser(server.getURI());
    vic.register("vic", "password of vic");
    vic.logIn("vic", "password of vic");
    registerAndLogIn("uma");
    uma.open("/users/vic");
    uma.submit("/users/vic/follow");
    uma.open("/");
    uma.fill("body", "Anyone here?");
    uma.submit("/posts");
    String umasPost =
        uma.driver().findElement(By.cssSelector(".post")).getAttribute("id").substring(5);
    script("window.stillTheSamePage = true;");
    new WebDriverWait(uma.driver(), LIVE)
        .until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-live")));
    assertThat(uma.driver().findElements(By.id("unread-notifications"))).isEmpty();

    vic.post("/posts", Map.of("body", "Yes, @uma!"));
    assertThat(await(By.cssSelector("#unread-notifications [aria-hidden]"), "1")).isEqualTo("1");
    assertThat(spoken(By.cssSelector("#unread-notifications .visually-hidden")))
        .isEqualTo("1 unread notification");
    assertThat(await(By.cssSelector("#new-posts a"), "1 new post: show"))
        .isEqualTo("1 new post: show");
    assertThat(uma.driver().findElement(By.id("new-posts")).isDisplayed()).isTrue();

    vic.post("/posts/" + umasPost + "/like", Map.of());
    assertThat(await(By.cssSelector("#unread-notifications [aria-hidden]"), "2")).isEqualTo("2");
    assertThat(spoken(By.id("live-announcer"))).isEqualTo("2 unread notifications");
    vic.post("/posts", Map.of("body", "An answer to Uma", "inReplyTo", umasPost));
    assertThat(await(By.cssSelector("#unread-notifications [aria-hidden]"), "3")).isEqualTo("3");
    vic.post("/posts/" + umasPost + "/boost", Map.of());
    assertThat(await(By.cssSelector("#unread-notifications [aria-hidden]"), "4")).isEqualTo("4");
    assertThat(spoken(By.id("live-announcer"))).isEqualTo("4 unread notifications");

    vic.visit("/messages/uma").post("/messages/uma", Map.of("body", "A word in private"));
    assertThat(await(By.cssSelector("#unread-messages [aria-hidden]"), "1")).isEqualTo("1");
    assertThat(spoken(By.cssSelector("#unread-messages .visually-hidden")))
        .isEqualTo("1 unread message");

    assertThat(script("return window.stillTheSamePage === true;"))
        .as("no reload happened")
        .isEqualTo(true);
    uma.click(By.cssSelector("#new-posts a"));
    assertThat(
            uma.driver().findElements(By.cssSelector(".post-body")).stream()
                .map(body -> body.getText()))
        .contains("Yes, @uma!", "An answer to Uma");
  }

  private void registerAndLogIn(String name) {
    uma.open("/register");
    uma.fill("username", name);
    uma.fill("email", name + "@example.org");
    uma.fill("password", "password of " + name);
    uma.fill("confirm", "password of " + name);
    uma.submit("/register");
    uma.open("/login");
    uma.fill("username", name);
    uma.fill("password", "password of " + name);
    uma.submit("/login");
  }

  /** Waits until the element shows the text; returns what it shows. */
  private String await(By what, String text) {
    WebDriver driver = uma.driver();
    try {
      new WebDriverWait(driver, LIVE)
          .until(
              d -> !d.findElements(what).isEmpty() && text.equals(d.findElement(what).getText()));
    } catch (org.openqa.selenium.TimeoutException e) {
      return driver.findElements(what).isEmpty() ? "(none)" : driver.findElement(what).getText();
    }
    return driver.findElement(what).getText();
  }

  /** What a screen reader reads of an element that is hidden from sight. */
  private String spoken(By what) {
    return uma.driver().findElement(what).getAttribute("textContent");
  }

  private Object script(String code) {
    return ((JavascriptExecutor) uma.driver()).executeScript(code);
  }
}
