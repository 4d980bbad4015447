package org.microblog.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;

class AboutMeTest {

  @Test
  void mayBeEmpty() {
    assertThat(new AboutMe(null).isEmpty()).isTrue();
    assertThat(new AboutMe("   ").isEmpty()).isTrue();
  }

  @Test
  void acceptsUpTo280CharactersAndRejectsMore() {
    assertThat(new AboutMe("é".repeat(280)).value()).hasSize(280);
    assertThatThrownBy(() -> new AboutMe("a".repeat(281)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("about.length"));
  }

  @Test
  void rejectsControlCharacters() {
    assertThatThrownBy(() -> new AboutMe("hi\u0000there")).isInstanceOf(DomainException.class);
  }
}
