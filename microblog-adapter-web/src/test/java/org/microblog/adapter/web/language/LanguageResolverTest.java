package org.microblog.adapter.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.domain.user.Language;

class LanguageResolverTest {
  private static Language asking(String acceptLanguage) {
    return LanguageResolver.choose(Optional.empty(), acceptLanguage);
  }

  @Test
  void takesTheBrowsersFirstLanguageTheSiteSpeaks() {
    assertThat(asking("fr-FR, es;q=0.8, de;q=0.5")).isEqualTo(Language.SPANISH);
    assertThat(asking("de-AT")).isEqualTo(Language.GERMAN);
    assertThat(asking("es;q=0.2, de;q=0.9")).isEqualTo(Language.GERMAN);
  }

  @Test
  void fallsBackToEnglish() {
    assertThat(asking(null)).isEqualTo(Language.ENGLISH);
    assertThat(asking("fr, it")).isEqualTo(Language.ENGLISH);
    assertThat(asking("es;q=0")).isEqualTo(Language.ENGLISH);
  }

  @Test
  void ignoresMalformedOrHugeHeaders() {
    assertThat(asking(";;;q=x,,")).isEqualTo(Language.ENGLISH);
    assertThat(asking("es," + "x".repeat(600))).isEqualTo(Language.ENGLISH);
  }

  @Test
  void theSwitchersChoiceBeatsTheBrowser() {
    assertThat(LanguageResolver.choose(Optional.of("de"), "es")).isEqualTo(Language.GERMAN);
  }

  @Test
  void anUnknownChoiceIsIgnored() {
    assertThat(LanguageResolver.choose(Optional.of("<x>"), "es")).isEqualTo(Language.SPANISH);
  }
}
