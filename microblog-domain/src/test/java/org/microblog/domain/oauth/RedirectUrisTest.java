package org.microblog.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;

class RedirectUrisTest {

  @Test
  void allowsOnlyARegisteredUriExactly() {
    RedirectUris uris = RedirectUris.parse("https://app.example/cb\nmy.app://oauth");

    assertThat(uris.allows("https://app.example/cb")).isTrue();
    assertThat(uris.allows("my.app://oauth")).isTrue();
    assertThat(uris.allows("https://app.example/cb/")).isFalse();
    assertThat(uris.allows("https://app.example/cb?x=1")).isFalse();
    assertThat(uris.allows("https://evil.example/cb")).isFalse();
    assertThat(uris.allows(null)).isFalse();
  }

  @Test
  void acceptsTheOutOfBandUri() {
    RedirectUris uris = RedirectUris.parse(RedirectUris.OOB);

    assertThat(uris.allows(RedirectUris.OOB)).isTrue();
    assertThat(RedirectUris.isOob(RedirectUris.OOB)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/relative",
        "https://app.example/cb#fragment",
        "javascript:alert(1)",
        "data:text/html,hi",
        "not a uri",
        ""
      })
  void refusesUnsafeOrMalformedUris(String uri) {
    assertThatThrownBy(() -> RedirectUris.parse(uri)).isInstanceOf(DomainException.class);
  }

  @Test
  void refusesTooLongOrTooManyUris() {
    assertThatThrownBy(() -> RedirectUris.parse("https://a.example/" + "x".repeat(2000)))
        .isInstanceOf(DomainException.class);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= RedirectUris.MAX_COUNT; i++) {
      many.append("https://a.example/").append(i).append('\n');
    }
    assertThatThrownBy(() -> RedirectUris.parse(many.toString()))
        .isInstanceOf(DomainException.class);
  }
}
