package org.microblog.boot.accessibility;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one Chromium tab the accessibility checks look through: its viewport width, its colour
 * scheme, and how it reaches a {@link PageState} the way a person would (opening the page, filling
 * in and sending its form).
 */
final class Window {
  static final int PHONE = 390;
  static final int DESKTOP = 1200;
  static final List<Integer> WIDTHS = List.of(320, PHONE, 768, DESKTOP);

  private final ChromeDriver driver;
  private final String base;

  Window(WebDriver driver, int port) {
    this.driver = (ChromeDriver) driver;
    this.base = "http://localhost:" + port;
    // axe-core (as bundled by Deque's axe-core-selenium) is put into every page as it loads, once
    // for the whole session: sending its 560 KB with each run cost most of the checks' time.
    this.driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeSource()));
  }

  private static String axeSource() {
    try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * axe-core's violations of the rules with these tags ({@code "tag"}) or ids ({@code "rule"}), one
   * line each: rule, target, HTML.
   */
  List<String> axe(String kind, List<String> values) {
    Object found =
        driver.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: arguments[0], values: arguments[1]},
                resultTypes: ['violations']})
              .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                  v.id + ' at ' + n.target.join(' ') + ': ' + n.html))))
              .catch(e => done(['axe failed: ' + e]));
            """,
            kind,
            values);
    return ((List<?>) found).stream().map(Object::toString).toList();
  }

  ChromeDriver driver() {
    return driver;
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** The viewport exactly this wide (and tall), as a phone or a desktop window would have it. */
  void size(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  void size(int width) {
    size(width, width < 700 ? 844 : 900);
  }

  void dark(boolean dark) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "features",
            List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
  }

  void viewAs(PageState.Viewer viewer) {
    driver.manage().deleteAllCookies();
    if (viewer != PageState.Viewer.ANONYMOUS) {
      open("/login");
      driver.findElement(By.name("username")).sendKeys(Site.USERNAMES.get(viewer));
      driver.findElement(By.name("password")).sendKeys(Site.PASSWORD);
      submitAndWait(
          () -> driver.findElement(By.cssSelector("form[action='/login'] button")).click());
    }
  }

  void open(String path) {
    driver.get(base + path);
  }

  /**
   * Opens the state's page and, for a form's answer, sends the form without the browser's checks.
   */
  void show(PageState state, Site site) {
    open(site.resolve(state.path()));
    if (state.isForm()) {
      PageState.Form form = state.form();
      String csrf =
          driver.manage().getCookieNamed("mb_csrf") == null
              ? ""
              : driver.manage().getCookieNamed("mb_csrf").getValue();
      submitAndWait(
          () ->
              script(
                  """
                  const [action, values, withoutToken, token] = arguments;
                  let form = document.querySelector(`form[action="${action}"]`);
                  if (!form) {
                    form = document.createElement('form');
                    form.method = 'post';
                    form.action = action;
                    document.body.append(form);
                    values.csrfToken = values.csrfToken || token;
                  }
                  form.noValidate = true;
                  for (const [name, value] of Object.entries(values)) {
                    let field = form.elements.namedItem(name);
                    if (!field) {
                      field = document.createElement('input');
                      field.type = 'hidden';
                      field.name = name;
                      form.append(field);
                    }
                    field.value = value;
                  }
                  if (withoutToken) form.elements.namedItem('csrfToken').remove();
                  HTMLFormElement.prototype.submit.call(form);
                  """,
                  site.resolve(form.action()),
                  new java.util.HashMap<>(form.values()),
                  form.withoutCsrfToken(),
                  csrf));
    }
  }

  private void submitAndWait(Runnable submit) {
    WebElement page = driver.findElement(By.tagName("html"));
    submit.run();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(d -> isGone(page));
    wait.until(d -> "complete".equals(script("return document.readyState")));
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException stale) {
      return true;
    }
  }

  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
