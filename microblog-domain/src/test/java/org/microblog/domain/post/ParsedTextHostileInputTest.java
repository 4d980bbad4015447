package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text from strangers must never break or stall parsing. The scanner is linear by construction (no
 * regular expression, every trigger reads only the run after it); these inputs, each 200,000
 * characters, would take minutes on a quadratic or backtracking parser and take milliseconds here,
 * so the generous limit only catches a catastrophic regression, not a slow machine.
 */
class ParsedTextHostileInputTest {

  private static final int SIZE = 200_000;
  private static final Duration CATASTROPHIC = Duration.ofSeconds(10);

  static Stream<Arguments> hostileTexts() {
    return Stream.of(
        Arguments.of("at signs", "@".repeat(SIZE)),
        Arguments.of("hashes", "#".repeat(SIZE)),
        Arguments.of("one long word", "a".repeat(SIZE)),
        Arguments.of("one long tag run", "#" + "\u00e9".repeat(SIZE)),
        Arguments.of("one long mention run", "@" + "b".repeat(SIZE)),
        Arguments.of("alternating", "@a#b".repeat(SIZE / 4)),
        Arguments.of("e-mail lookalikes", "a@b.c ".repeat(SIZE / 6)),
        Arguments.of("scheme prefixes", "http:/".repeat(SIZE / 6)),
        Arguments.of("h without scheme", "h".repeat(SIZE)),
        Arguments.of("one endless link", "https://a" + "/x".repeat(SIZE / 2)),
        Arguments.of("closing parentheses", "https://a" + ")".repeat(SIZE)),
        Arguments.of("trailing dots", "https://a" + ".".repeat(SIZE)),
        Arguments.of("combining marks", "#a" + "\u0301".repeat(SIZE)),
        Arguments.of("zero-width joiners", "#a\u200D".repeat(SIZE / 3)),
        Arguments.of("right-to-left overrides", "\u202E@bob\u202C#עברית ".repeat(SIZE / 14)),
        Arguments.of("surrogate pairs", "#\uD83D\uDE00@\uD835\uDC00".repeat(SIZE / 6)),
        Arguments.of("lone surrogates", "\uD800#\uDC00@".repeat(SIZE / 4)),
        Arguments.of("mixed scripts", "#日本 @alice http://ру.example ".repeat(SIZE / 30)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileTexts")
  void parsesHostileTextQuicklyAndLosesNothing(String name, String text) {
    ParsedText parsed = assertTimeoutPreemptively(CATASTROPHIC, () -> ParsedText.parse(text));

    assertThat(parsed.source()).isEqualTo(text);
    assertTimeoutPreemptively(
        CATASTROPHIC,
        () -> {
          parsed.mentions();
          parsed.tags();
          parsed.links();
        });
  }

  @Test
  void overlongRunsStayPlainInsteadOfBeingCutShort() {
    ParsedText mention = ParsedText.parse("@" + "b".repeat(SIZE));
    ParsedText tag = ParsedText.parse("#" + "\u00e9".repeat(SIZE));

    assertThat(mention.mentions()).isEmpty();
    assertThat(tag.tags()).isEmpty();
    assertThat(mention.tokens()).hasSize(1);
  }

  @Test
  void manyTokensAreAllFound() {
    ParsedText parsed = ParsedText.parse("@alice #tag ".repeat(10_000));

    assertThat(parsed.tokens()).hasSize(40_000);
    assertThat(parsed.mentions()).hasSize(1);
    assertThat(parsed.tags()).hasSize(1);
  }
}
