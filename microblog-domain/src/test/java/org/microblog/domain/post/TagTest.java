package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;

class TagTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "java",
        "Java_17",
        "日本語",
        "русский",
        "עברית",
        "العربية",
        "हिन्दी", // vowel signs and virama are combining marks
        "_underscored",
        "٢٠٢٦عام", // Arabic-Indic digits
        "2026rocks"
      })
  void acceptsLettersOfAnyScriptDigitsMarksAndUnderscore(String name) {
    assertThat(new Tag(name).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2026", "___", "a-b", "a b", "tag!", "\u0301abc", "a\u200Bb"})
  void rejectsTagsWithoutALetterOrWithOtherCharacters(String name) {
    assertThatThrownBy(() -> new Tag(name))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("tag.characters"));
  }

  @Test
  void rejectsEmptyAndOverlongTags() {
    assertThatThrownBy(() -> new Tag(""))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("tag.length"));
    assertThatThrownBy(() -> new Tag("a".repeat(Tag.MAX_LENGTH + 1)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("tag.length"));
    assertThat(new Tag("a".repeat(Tag.MAX_LENGTH)).name()).hasSize(Tag.MAX_LENGTH);
  }

  @Test
  void tagsMatchIgnoringCase() {
    assertThat(new Tag("Java").sameAs(new Tag("JAVA"))).isTrue();
    assertThat(new Tag("Java").key()).isEqualTo("java");
    assertThat(new Tag("Java").sameAs(new Tag("Jakarta"))).isFalse();
  }

  @Test
  void precomposedAndCombiningAccentsAreOneTag() {
    Tag precomposed = new Tag("caf\u00e9");
    Tag combining = new Tag("cafe\u0301");

    assertThat(precomposed.sameAs(combining)).isTrue();
    assertThat(new Tag("CAF\u00c9").sameAs(combining)).isTrue();
  }

  @Test
  void greekFinalSigmaAndCapitalSigmaFoldTogether() {
    assertThat(new Tag("ΟΔΟΣ").sameAs(new Tag("οδος"))).isTrue();
    assertThat(new Tag("οδοσ").sameAs(new Tag("οδος"))).isTrue();
  }

  @Test
  void keyDoesNotDependOnTheServerLocale() {
    // In a Turkish locale "I".toLowerCase() is a dotless ı; the key must not change with it.
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(new Tag("TITLE").key()).isEqualTo("title");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aKeyNeverOutgrowsThreeTimesTheLongestName() {
    // U+FB03 (the ffi ligature) is a letter whose upper case is three letters.
    Tag ligatures = new Tag("\uFB03".repeat(Tag.MAX_LENGTH));
    Tag greek = new Tag("\u0390".repeat(Tag.MAX_LENGTH));

    assertThat(ligatures.key()).isEqualTo("ffi".repeat(Tag.MAX_LENGTH));
    assertThat(ligatures.key().codePointCount(0, ligatures.key().length()))
        .isEqualTo(Tag.MAX_KEY_LENGTH);
    assertThat(greek.key().codePointCount(0, greek.key().length()))
        .isLessThanOrEqualTo(Tag.MAX_KEY_LENGTH);
  }
}
