package org.microblog.boot.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every page of the registry in every state, and every mail's HTML, is valid HTML by the Nu HTML
 * Checker: the markup exactly as the server sends it, checked in one run of the checker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidHtmlTest {
  private Site site;

  @BeforeAll
  void start() {
    NuHtmlChecker.skipUnlessInstalled();
    site = new Site();
  }

  @AfterAll
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void everyPageInEveryStateAndEveryMailIsValidHtml() {
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
}
