package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;

class PostTextTest {

  @Test
  void trimsSurroundingWhitespace() {
    assertThat(new PostText("  hello world \n").value()).isEqualTo("hello world");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t "})
  void rejectsEmptyOrWhitespaceOnly(String body) {
    assertThatThrownBy(() -> new PostText(body))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("body.empty");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
  }

  @Test
  void acceptsExactly280CodePoints() {
    String emoji = "\uD83D\uDE00".repeat(280);
    assertThat(new PostText(emoji).value()).isEqualTo(emoji);
  }

  @Test
  void rejectsPostLongerThanLimit() {
    assertThatThrownBy(() -> new PostText("a".repeat(281)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("body.length"));
  }

  @Test
  void keepsLineBreaksButRejectsOtherControlCharacters() {
    assertThat(new PostText("line one\nline two").value()).contains("\n");
    assertThatThrownBy(() -> new PostText("nul\u0000byte")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> new PostText("bell\u0007")).isInstanceOf(DomainException.class);
  }
}
