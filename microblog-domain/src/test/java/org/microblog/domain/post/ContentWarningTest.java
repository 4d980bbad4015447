package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;

class ContentWarningTest {

  @Test
  void missingOrBlankMeansNoWarning() {
    assertThat(new ContentWarning(null).isEmpty()).isTrue();
    assertThat(new ContentWarning("  \n").isEmpty()).isTrue();
    assertThat(ContentWarning.none()).isEqualTo(new ContentWarning(""));
  }

  @Test
  void trimsSurroundingWhitespace() {
    assertThat(new ContentWarning("  spoilers for episode 3 ").value())
        .isEqualTo("spoilers for episode 3");
  }

  @Test
  void acceptsExactly100CodePointsCountedAsAPersonCounts() {
    String emoji = "\uD83D\uDE31".repeat(ContentWarning.MAX_LENGTH);
    assertThat(new ContentWarning(emoji).value()).isEqualTo(emoji);
  }

  @Test
  void rejectsWarningLongerThanLimitOnTheSpoilerField() {
    assertThatThrownBy(() -> new ContentWarning("a".repeat(101)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("spoiler.length");
              assertThat(e.field()).isEqualTo("spoiler");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(e.getMessage()).contains("100");
            });
  }

  @Test
  void rejectsControlCharacters() {
    assertThatThrownBy(() -> new ContentWarning("bell\u0007"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("spoiler.characters"));
  }
}
