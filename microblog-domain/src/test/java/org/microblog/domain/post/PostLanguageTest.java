package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Language;

class PostLanguageTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "de", "ja", "uk", "eo"})
  void acceptsIsoLanguageCodes(String code) {
    assertThat(new PostLanguage(code).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "EN", "En", "eng", "e", "xx", "qq", "en-GB", " en", "<s", "'1", "é"})
  void refusesAnythingButALowerCaseIsoCode(String code) {
    assertThatThrownBy(() -> new PostLanguage(code))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("language.unknown");
              assertThat(e.field()).isEqualTo("language");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
  }

  @Test
  void refusesNothingAndOverlongInput() {
    assertThatThrownBy(() -> new PostLanguage(null)).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> new PostLanguage("e".repeat(100_000)))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void everySiteLanguageIsAPostLanguageNamedInItself() {
    for (Language language : Language.values()) {
      assertThat(PostLanguage.of(language).code()).isEqualTo(language.code());
    }
    assertThat(new PostLanguage("es").nativeName()).isEqualTo("Español");
    assertThat(new PostLanguage("de").nativeName()).isEqualTo("Deutsch");
  }
}
