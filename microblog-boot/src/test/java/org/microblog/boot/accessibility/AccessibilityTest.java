package org.microblog.boot.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microblog.boot.Chromium;
import org.microblog.boot.accessibility.PageState.Viewer;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page of the registry in every state, and every mail, is valid HTML by the Nu HTML Checker
 * (the markup exactly as the server sends it, all in one run of the checker). And in one real
 * Chromium: axe-core's WCAG 2.2 A and AA rules at phone and desktop width and in the dark theme,
 * the keyboard (skip link first, every control reached in page order with a visible focus ring, no
 * trap), forms that come back with errors putting the focus on the first one, and a layout that
 * holds from 320 to 1200 pixels. Screenshots of the main pages go to {@code target/screenshots}.
 * The pages are visited once; each test reports one kind of finding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {
  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /** The dark theme changes colours only: the rules about colour are the ones to run again. */
  private static final List<String> DARK_THEME_RULES =
      List.of("color-contrast", "link-in-text-block");

  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private Site site;
  private Chromium chromium;
  private final List<String> axeViolations = new ArrayList<>();
  private final Map<String, Integer> axeRules = new TreeMap<>();
  private final List<String> keyboardProblems = new ArrayList<>();
  private final List<String> errorFocusProblems = new ArrayList<>();
  private final List<String> layoutProblems = new ArrayList<>();
  private int axeRuns;
  private int tabs;
  private long axeNanos;
  private long keyboardNanos;

  @BeforeAll
  void start() {
    site = new Site();
  }

  /** Visits every page once, for all browser checks; they are skipped where Chromium is missing. */
  private void visitEveryPageOnce() {
    if (chromium != null) {
      return;
    }
    chromium = Chromium.startOrSkip(site.port());
    Window window = new Window(chromium.driver(), site.port());
    long started = System.nanoTime();
    for (Viewer viewer : Viewer.values()) {
      window.dark(false);
      window.size(Window.DESKTOP);
      window.viewAs(viewer);
      for (PageState state : PageRegistry.ALL) {
        if (state.viewer() == viewer) {
          check(window, state);
        }
      }
    }
    System.out.printf(
        "Chromium: %d page states, %d axe runs (%d ms), %d key presses (%d ms), %d ms in all%n",
        PageRegistry.ALL.size(),
        axeRuns,
        axeNanos / 1_000_000,
        tabs,
        keyboardNanos / 1_000_000,
        (System.nanoTime() - started) / 1_000_000);
  }

  @AfterAll
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (site != null) {
      site.close();
    }
  }

  private void check(Window window, PageState state) {
    window.dark(false);
    window.size(Window.DESKTOP);
    window.show(state, site);
    if (state.showsFormErrors()) {
      String problem = (String) window.script(PageScripts.FOCUS_ON_FIRST_ERROR);
      if (!problem.isEmpty()) {
        errorFocusProblems.add(state.name() + ": " + problem);
      }
    } else if (!state.isForm()) {
      keyboard(window, state);
    }
    axe(window, state, "desktop", null);
    for (int width : Window.WIDTHS) {
      window.size(width);
      layout(window, state, width);
    }
    window.size(Window.PHONE);
    axe(window, state, "phone", null);
    window.dark(true);
    axe(window, state, "phone, dark", DARK_THEME_RULES);
    if (PageRegistry.SCREENSHOTS.contains(state.name())) {
      screenshots(window, state);
    }
  }

  /** All WCAG 2.2 A/AA rules, or only these ones. */
  private void axe(Window window, PageState state, String how, List<String> rules) {
    axeRuns++;
    long started = System.nanoTime();
    for (String violation :
        window.axe(rules == null ? "tag" : "rule", rules == null ? WCAG_22_AA : rules)) {
      axeRules.merge(violation.substring(0, violation.indexOf(' ')), 1, Integer::sum);
      axeViolations.add(state.name() + " (" + how + "): " + violation);
    }
    axeNanos += System.nanoTime() - started;
  }

  private void layout(Window window, PageState state, int width) {
    List<?> found = (List<?>) window.script(PageScripts.LAYOUT);
    long overflow = ((Number) found.get(0)).longValue();
    long lines = ((Number) found.get(1)).longValue();
    if (overflow > 0) {
      layoutProblems.add(
          "%s at %d px: %d px wider than the screen".formatted(state.name(), width, overflow));
    }
    // One line from a tablet up, two on a phone; the narrowest phones may take a third.
    long allowed = width >= 768 ? 1 : width >= Window.PHONE ? 2 : 3;
    if (lines > allowed) {
      layoutProblems.add(
          "%s at %d px: the navigation takes %d lines".formatted(state.name(), width, lines));
    }
  }

  /** Tabs through the whole page from its start, and once more to leave it. */
  private void keyboard(Window window, PageState state) {
    long started = System.nanoTime();
    walk(window, state);
    keyboardNanos += System.nanoTime() - started;
  }

  private void walk(Window window, PageState state) {
    long count = ((Number) window.script(PageScripts.FOCUSABLES)).longValue();
    List<?> previous = null;
    for (int step = 0; step <= count; step++) {
      new Actions(window.driver()).sendKeys(Keys.TAB).perform();
      tabs++;
      List<?> focused = (List<?>) window.script(PageScripts.FOCUSED);
      long index = ((Number) focused.get(0)).longValue();
      String what = state.name() + ", key press " + (step + 1) + ": ";
      if (step == count) {
        if (index > 0) {
          keyboardProblems.add(what + "the focus stays in the page at " + focused.get(1));
        }
        break;
      }
      if (index != step) {
        keyboardProblems.add(
            what
                + "expected control "
                + step
                + " of "
                + count
                + " but the focus is on "
                + focused.get(1));
        break;
      }
      if (step == 0 && !focused.get(1).toString().startsWith("a \"Skip to content")) {
        keyboardProblems.add(
            what + "the first control is " + focused.get(1) + ", not the skip link");
      }
      if (!Boolean.TRUE.equals(focused.get(6)) || ((Number) focused.get(7)).doubleValue() < 3) {
        keyboardProblems.add(
            what
                + focused.get(1)
                + " has no visible focus ring of 3:1 contrast ("
                + focused.get(7)
                + ")");
      }
      if (previous != null && step > 1 && comesBefore(focused, previous)) {
        keyboardProblems.add(
            what
                + focused.get(1)
                + " is reached after "
                + previous.get(1)
                + " but stands before it");
      }
      previous = focused;
    }
  }

  /** Reading order: above the previous control, or on its line and to its left. */
  private static boolean comesBefore(List<?> next, List<?> previous) {
    double left = number(next, 2), top = number(next, 3), bottom = number(next, 5);
    double prevLeft = number(previous, 2),
        prevTop = number(previous, 3),
        prevBottom = number(previous, 5);
    boolean sameLine = top < prevBottom && bottom > prevTop;
    return sameLine ? left < prevLeft : bottom <= prevTop;
  }

  private static double number(List<?> values, int index) {
    return ((Number) values.get(index)).doubleValue();
  }

  private void screenshots(Window window, PageState state) {
    window.script("document.activeElement.blur(); window.scrollTo(0, 0)");
    for (boolean dark : List.of(false, true)) {
      window.dark(dark);
      for (int width : List.of(Window.PHONE, Window.DESKTOP)) {
        window.size(width);
        String file =
            "%s-%s-%s.png"
                .formatted(
                    state.name(), width < 700 ? "phone" : "desktop", dark ? "dark" : "light");
        window.screenshot(SCREENSHOTS.resolve(file));
      }
    }
  }

  @Test
  void everyPageInEveryStateAndEveryMailIsValidHtml() {
    NuHtmlChecker.skipUnlessInstalled();
    Map<String, String> documents = new LinkedHashMap<>();
    PageRegistry.ALL.forEach(state -> documents.put(state.name(), site.html(state)));
    assertThat(documents).as("page states with the same name").hasSize(PageRegistry.ALL.size());
    documents.putAll(site.mails());

    List<NuHtmlChecker.Message> messages =
        NuHtmlChecker.check(Path.of("target/accessibility/html"), documents);

    messages.stream().filter(m -> !m.isError()).forEach(m -> System.out.println("vnu " + m));
    System.out.printf(
        "Nu HTML Checker: %d documents (%d page states, %d mails), %d errors, %d warnings%n",
        documents.size(),
        PageRegistry.ALL.size(),
        site.mails().size(),
        messages.stream().filter(NuHtmlChecker.Message::isError).count(),
        messages.stream().filter(m -> !m.isError()).count());
    assertThat(messages.stream().filter(NuHtmlChecker.Message::isError).map(Object::toString))
        .as("HTML errors")
        .isEmpty();
  }

  @Test
  void everyPageMeetsWcag22AaByAxeAtPhoneAndDesktopWidthInLightAndDark() {
    visitEveryPageOnce();
    System.out.println("axe violations by rule: " + axeRules);
    assertThat(axeViolations).as("axe-core violations (%d runs)", axeRuns).isEmpty();
  }

  @Test
  void everyControlIsReachedByKeyboardInPageOrderWithAVisibleFocusAfterTheSkipLink() {
    visitEveryPageOnce();
    assertThat(keyboardProblems).as("keyboard problems (%d key presses)", tabs).isEmpty();
  }

  @Test
  void aFormWithErrorsFocusesItsFirstInvalidFieldTiedToItsMessage() {
    visitEveryPageOnce();
    assertThat(PageRegistry.ALL.stream().filter(PageState::showsFormErrors)).isNotEmpty();
    assertThat(errorFocusProblems).isEmpty();
  }

  @Test
  void theLayoutHoldsFrom320To1200Pixels() {
    visitEveryPageOnce();
    assertThat(layoutProblems).isEmpty();
  }
}
