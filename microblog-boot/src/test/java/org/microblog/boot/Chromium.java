package org.microblog.boot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) for browser journeys, started
 * with a fresh profile and nothing that talks to the network. Tests using it are skipped, with a
 * message, where Chromium is not installed.
 */
public final class Chromium implements AutoCloseable {
  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private final WebDriver driver;
  private final String base;

  private Chromium(int port) {
    this.base = "http://localhost:" + port;
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(BINARY.toFile())
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + freshProfile());
    this.driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
            options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    // A new page may still be loading when the old one goes stale: let lookups wait for it.
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  /** A browser for the app on this port, or the test is skipped where Chromium is missing. */
  public static Chromium startOrSkip(int port) {
    assumeTrue(
        Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
        "Chromium not installed (apt-get install chromium chromium-driver): browser journey skipped");
    return new Chromium(port);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  void fill(String field, String value) {
    WebElement input = driver.findElement(By.name(field));
    input.clear();
    input.sendKeys(value);
  }

  String text(By what) {
    return driver.findElement(what).getText();
  }

  /** Clicks and waits until the next page has replaced this one and finished loading. */
  public void click(By what) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(what).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(d -> isGone(page));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Submits the form with this action by its button. */
  void submit(String formAction) {
    click(By.cssSelector("form[action='" + formAction + "'] button[type=submit]"));
  }

  /** Chrome reports a replaced page's element as stale in more than one way. */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException stale) {
      return true;
    }
  }

  private static Path freshProfile() {
    try {
      return Files.createTempDirectory("microblog-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
