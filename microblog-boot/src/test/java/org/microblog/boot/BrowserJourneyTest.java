package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One journey in a real headless Chromium (Debian's chromium and chromium-driver): two people
 * register, log in, post, follow, read the home timeline and log out, all by clicking.
 */
@MicronautTest
class BrowserJourneyTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Inject EmbeddedServer server;
  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void startChromium() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium not installed (apt-get install chromium chromium-driver): browser journey skipped");
    profile = Files.createTempDirectory("microblog-chromium");
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    // A new page may still be loading when the old one goes stale: let lookups wait for it.
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void open(String path) {
    browser.get("http://localhost:" + server.getPort() + path);
  }

  private void fill(String field, String value) {
    WebElement input = browser.findElement(By.name(field));
    input.clear();
    input.sendKeys(value);
  }

  /** Clicks and waits until the next page has replaced this one, so lookups never race it. */
  private void submit(String formAction) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser
        .findElement(By.cssSelector("form[action='" + formAction + "'] button[type=submit]"))
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
  }

  private void register(String name) {
    open("/register");
    fill("username", name);
    fill("email", name + "@example.org");
    fill("password", "password of " + name);
    fill("confirm", "password of " + name);
    submit("/register");
    assertThat(browser.findElement(By.cssSelector(".notice")).getText())
        .contains("Your account is ready");
  }

  private void logIn(String name) {
    open("/login");
    fill("username", name);
    fill("password", "password of " + name);
    submit("/login");
    assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo(name);
  }

  private void logOut() {
    submit("/logout");
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("logged out");
  }

  private void post(String text) {
    fill("body", text);
    submit("/posts");
  }

  private List<String> timeline() {
    return browser.findElements(By.cssSelector(".post-body")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void twoPeopleRegisterPostFollowAndReadTheirTimeline() {
    register("rosa");
    register("sam");

    logIn("sam");
    post("Sam's first post");
    assertThat(timeline()).containsExactly("Sam's first post");
    logOut();

    logIn("rosa");
    post("Rosa says <hello>");
    assertThat(timeline()).containsExactly("Rosa says <hello>");
    open("/users/sam");
    submit("/users/sam/follow");
    assertThat(browser.findElement(By.id("followers")).getText()).isEqualTo("1");

    open("/");
    assertThat(timeline()).containsExactly("Rosa says <hello>", "Sam's first post");
    assertThat(browser.findElements(By.cssSelector(".post .author")).get(1).getText())
        .isEqualTo("sam");

    logOut();
    open("/");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
  }
}
