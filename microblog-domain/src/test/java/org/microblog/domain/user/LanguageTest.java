package org.microblog.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;

class LanguageTest {
  @Test
  void findsTheSpokenLanguagesByCodeInAnyCase() {
    assertThat(Language.find("es")).contains(Language.SPANISH);
    assertThat(Language.find(" DE ")).contains(Language.GERMAN);
    assertThat(Language.find("en")).contains(Language.ENGLISH);
  }

  @Test
  void findsNothingForOtherOrMissingCodes() {
    assertThat(Language.find("fr")).isEmpty();
    assertThat(Language.find("")).isEmpty();
    assertThat(Language.find(null)).isEmpty();
    assertThat(Language.find("es-ES")).isEmpty();
  }

  @Test
  void refusesAChoiceTheSiteDoesNotSpeak() {
    assertThatThrownBy(() -> Language.of("xx"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("Español");
  }

  @Test
  void namesEachLanguageInItself() {
    assertThat(Language.SPANISH.nativeName()).isEqualTo("Español");
    assertThat(Language.GERMAN.locale().getLanguage()).isEqualTo("de");
  }
}
