package org.microblog.adapter.web.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;
import org.mockito.ArgumentCaptor;

/** A post's language: chosen in the post form, carried by the post card as its text's lang. */
@MicronautTest
class PostLanguagePagesTest extends WebTestSupport {
  @Inject Translations translations;
  @Inject PublishPostUseCase publishPost;
  @Inject ThreadQuery threads;

  @BeforeEach
  void publishing() {
    reset(publishPost, threads);
    when(publishPost.publish(any())).thenReturn(new PostId(42));
  }

  @Test
  void theFormOffersTheSiteLanguagesFirstThenOthersByTheirOwnNames() {
    Element select = languageSelect(Browser.html(alice().get("/")));

    List<String> codes = select.select("option").eachAttr("value");
    assertThat(codes.subList(0, 3)).containsExactly("en", "es", "de");
    assertThat(codes)
        .contains("fr", "ja", "uk", "pt")
        .hasSizeGreaterThan(30)
        .doesNotHaveDuplicates();
    assertThat(select.select("option[value=ja]").text()).isEqualTo("日本語");
    assertThat(select.select("option[value=fr]").text()).isEqualTo("Français");
    assertThat(select.select("option[value=fr]").attr("lang")).isEqualTo("fr");
    assertThat(select.select("option[selected]").attr("value")).as("the page's").isEqualTo("en");
  }

  @Test
  void theFormChoosesThePageLanguageWhichIsTheAccountsWhenSet() {
    assertThat(selected(alice().speaking("de").get("/"))).isEqualTo("de");

    when(loginValidity.status(any(), any()))
        .thenReturn(Optional.of(new LoginStatus(0, 0, Optional.of(Language.SPANISH))));
    assertThat(selected(alice().speaking("de").get("/"))).isEqualTo("es");
  }

  @Test
  void theReplyFormOffersTheLanguagesToo() {
    when(threads.thread(any(), any(), anyLong()))
        .thenReturn(
            Optional.of(
                new PostThread(
                    List.of(),
                    ThreadPost.of(inLanguage(5, "ja", ContentWarning.none())),
                    List.of(),
                    OptionalLong.empty())));

    Document page = Browser.html(alice().speaking("de").get("/posts/5"));

    Element select = languageSelect(page);
    assertThat(select.select("option[selected]").attr("value")).isEqualTo("de");
    assertThat(page.select("form[action=/posts] input[name=inReplyTo]").val()).isEqualTo("5");
    assertThat(page.select("#post-5 .post-body").attr("lang")).isEqualTo("ja");
  }

  @Test
  void theFieldSpeaksSpanish() {
    Document page = Browser.html(alice().speaking("es").get("/"));

    Element label = page.selectFirst("label[for=post-language]");
    assertThat(label.text()).isEqualTo("Idioma de la publicación");
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(label.outerHtml())).isEmpty();
  }

  @Test
  void publishingPassesTheChosenLanguageOrNoneForTheAccounts() {
    Browser browser = alice();

    assertThat(browser.post("/posts", Map.of("body", "こんにちは", "language", "ja")).statusCode())
        .isEqualTo(303);
    browser.post("/posts", Map.of("body", "no choice", "language", ""));
    browser.post("/posts", Map.of("body", "no field"));

    ArgumentCaptor<PublishPostCommand> published =
        ArgumentCaptor.forClass(PublishPostCommand.class);
    verify(publishPost, org.mockito.Mockito.times(3)).publish(published.capture());
    assertThat(published.getAllValues())
        .extracting(PublishPostCommand::language)
        .containsExactly(Optional.of(new PostLanguage("ja")), Optional.empty(), Optional.empty());
  }

  @Test
  void refusesAnUnknownLanguageAndKeepsThePost() {
    Browser browser = alice();

    for (String hostile :
        new String[] {
          "xx", "EN", "eng", "x".repeat(10_000), "<script>alert(1)</script>", "en' OR '1'='1"
        }) {
      HttpResponse<String> refused =
          browser.post("/posts", Map.of("body", "kept text", "language", hostile));

      assertThat(refused.statusCode()).as(hostile).isEqualTo(422);
      Document page = Browser.html(refused);
      assertThat(page.select("#post-language-error").text())
          .isEqualTo("Choose a language from the list.");
      assertThat(page.select("textarea[name=body]").text()).isEqualTo("kept text");
      assertThat(refused.body()).doesNotContain("<script>alert(1)");
    }
    verify(publishPost, never()).publish(any());
  }

  @Test
  void aRefusedPostKeepsTheLanguageItHadChosen() {
    HttpResponse<String> refused = alice().post("/posts", Map.of("body", "", "language", "fr"));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Browser.html(refused).select("#post-language option[selected]").attr("value"))
        .isEqualTo("fr");
  }

  @Test
  void aPostCardCarriesItsLanguageOnItsTextAndOldPostsNone() {
    when(timelines.explore(any(), any()))
        .thenReturn(
            new Page<>(
                List.of(
                    inLanguage(1, "ja", ContentWarning.none()),
                    post(2, ALICE, "alice", "old"),
                    inLanguage(3, "de", new ContentWarning("Spoiler"))),
                Optional.empty(),
                Optional.empty()));

    Document page = Browser.html(anonymous().get("/explore"));

    assertThat(page.select("#post-1 .post-body").attr("lang")).isEqualTo("ja");
    assertThat(page.select("#post-2 .post-body").hasAttr("lang")).isFalse();
    assertThat(page.select("#post-3 .post-body").attr("lang")).isEqualTo("de");
  }

  private static PostView inLanguage(long id, String code, ContentWarning warning) {
    return new PostView(
        new PostId(id),
        ALICE,
        new Username("alice"),
        new PostText("text " + id),
        Instant.parse("2026-11-28T12:00:00Z"),
        warning,
        0,
        0,
        0,
        Optional.empty(),
        Optional.of(new PostLanguage(code)));
  }

  private static String selected(HttpResponse<String> page) {
    return languageSelect(Browser.html(page)).select("option[selected]").attr("value");
  }

  private static Element languageSelect(Document page) {
    Element select = page.selectFirst("form[action=/posts] select[name=language]");
    assertThat(select).as("the post form's language").isNotNull();
    return select;
  }
}
