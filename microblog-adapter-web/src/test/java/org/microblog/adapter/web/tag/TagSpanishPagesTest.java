package org.microblog.adapter.web.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.domain.user.Language;

/** A tag's page in Spanish and German. */
@MicronautTest
class TagSpanishPagesTest extends WebTestSupport {
  @Inject Translations translations;

  @Test
  void aTagsPageIsSpanishAndGerman() {
    when(timelines.tagged(any(), any(), any()))
        .thenReturn(
            new Page<>(
                List.of(post(9, BOB, "bob", "#Java mola")), Optional.empty(), Optional.empty()));

    HttpResponse<String> spanish = anonymous().speaking("es").get("/tags/Java");
    assertThat(spanish.statusCode()).isEqualTo(200);
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(spanish.body())).isEmpty();
    assertThat(Browser.html(spanish).select("p.meta").text())
        .isEqualTo("Publicaciones con #Java, las más recientes primero.");

    HttpResponse<String> german = anonymous().speaking("de").get("/tags/Java");
    assertThat(new EnglishOnlyText(translations, Language.GERMAN).in(german.body())).isEmpty();
    assertThat(Browser.html(german).select("p.meta").text())
        .isEqualTo("Beiträge mit #Java, die neuesten zuerst.");
  }
}
