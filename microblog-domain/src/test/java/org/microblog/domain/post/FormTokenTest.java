package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormTokenTest {
  @Test
  void parsesWellFormedTokensAndIgnoresAnythingElse() {
    assertThat(FormToken.parse("AbC_123-xyz456789"))
        .map(FormToken::value)
        .contains("AbC_123-xyz456789");
    assertThat(FormToken.parse(null)).isEmpty();
    assertThat(FormToken.parse("short")).isEmpty();
    assertThat(FormToken.parse("<script>alert(1)</script>")).isEmpty();
    assertThat(FormToken.parse("a".repeat(65))).isEmpty();
  }
}
