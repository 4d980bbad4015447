package org.microblog.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nul\u0000",
        "\u0007bell",
        "del\u007f",
        "c1 \u0085 next line",
        "\u009f",
        "\u001b[31m"
      })
  void findsControlCharacters(String text) {
    assertThat(Text.hasControlCharacters(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "line\nbreak\r\n\ttab",
        "emoji \uD83D\uDE00 and \u00e9",
        "\u00a0nbsp"
      })
  void acceptsOrdinaryText(String text) {
    assertThat(Text.hasControlCharacters(text)).isFalse();
  }

  @Test
  void countsCodePointsNotUnits() {
    assertThat(Text.length("a\uD83D\uDE00b")).isEqualTo(3);
  }
}
