package org.microblog.adapter.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.domain.user.Language;

@MicronautTest
class LanguagePagesTest extends WebTestSupport {
  @Inject Translations translations;

  @Test
  void answersInTheBrowsersLanguageWithTheRightHtmlLang() {
    Document page = Browser.html(anonymous().speaking("es-ES,es;q=0.9,en;q=0.5").get("/explore"));

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(page.select("nav a[href=/explore]").text()).isEqualTo("Explorar");
    assertThat(page.select("#language-switcher option[selected]").attr("value")).isEqualTo("es");
  }

  @Test
  void answersInEnglishWhenTheBrowserAsksForNothingTheSiteSpeaks() {
    Document page = Browser.html(anonymous().speaking("fr").get("/explore"));

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("nav a[href=/explore]").text()).isEqualTo("Explore");
  }

  @Test
  void theSwitcherKeepsTheChoiceAndComesBack() {
    Browser browser = anonymous().speaking("es").visit("/explore");

    HttpResponse<String> response =
        browser.post("/language", Map.of("language", "de", "back", "/explore?page=2"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/explore?page=2");
    assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("lang=de")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
    Document page = Browser.html(browser.get("/explore"));
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
    assertThat(page.select("nav a[href=/explore]").text()).isEqualTo("Entdecken");
  }

  @Test
  void theSwitcherOnAPageReturnsToThatPage() {
    Document page = Browser.html(anonymous().get("/explore?page=2"));

    assertThat(page.select("form[action=/language] input[name=back]").attr("value"))
        .isEqualTo("/explore?page=2");
  }

  @Test
  void theSwitcherNeverSendsAnyoneElsewhere() {
    Browser browser = anonymous().visit("/explore");

    for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil"}) {
      HttpResponse<String> response =
          browser.post("/language", Map.of("language", "es", "back", elsewhere));
      assertThat(Browser.location(response)).isEqualTo("/");
    }
  }

  @Test
  void refusesALanguageTheSiteDoesNotSpeakAndKeepsTheChoice() {
    Browser browser = anonymous().visit("/explore");
    browser.post("/language", Map.of("language", "es", "back", "/"));

    HttpResponse<String> response =
        browser.post("/language", Map.of("language", "x".repeat(5_000), "back", "/"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).text()).contains("Español");
    assertThat(Browser.html(browser.get("/explore")).selectFirst("html").attr("lang"))
        .isEqualTo("es");
  }

  @Test
  void refusesASwitchWithoutTheFormsCsrfToken() {
    HttpResponse<String> response =
        anonymous().visit("/explore").postRaw("/language", Map.of("language", "es"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("lang="));
  }

  @Test
  void theNavigationHasNoEnglishLeftInSpanishOrGerman() {
    for (Language language : new Language[] {Language.SPANISH, Language.GERMAN}) {
      Document page = Browser.html(anonymous().speaking(language.code()).get("/explore"));
      page.select("main").remove();
      assertThat(new EnglishOnlyText(translations, language).in(page.outerHtml()))
          .as(language.name())
          .isEmpty();
    }
  }

  @Test
  void theEnglishFinderCatchesEnglishOnASpanishPage() {
    HttpResponse<String> english = anonymous().speaking("en").get("/explore");

    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(english.body()))
        .anyMatch(found -> found.startsWith("Search posts and people"));
  }
}
