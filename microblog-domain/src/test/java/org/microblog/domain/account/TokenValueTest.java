package org.microblog.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;

class TokenValueTest {
  private static final byte[] RANDOM = new byte[TokenValue.BYTES];

  static {
    Arrays.fill(RANDOM, (byte) 0xfb);
  }

  @Test
  void encodes256BitsAs43Base64UrlCharacters() {
    TokenValue token = TokenValue.of(RANDOM);

    assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+").contains("-");
  }

  @Test
  void hashIsSha256HexAndDiffersFromTheValue() {
    TokenValue token = TokenValue.of(RANDOM);

    assertThat(token.hash().value()).hasSize(64).matches("[0-9a-f]+");
    assertThat(token.hash()).isEqualTo(new TokenValue(token.value()).hash());
    assertThat(token.hash().value()).doesNotContain(token.value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "short",
        "++++++++++++++++++++++++++++++++++++++++++/",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA "
      })
  void rejectsMalformedValues(String value) {
    assertThatThrownBy(() -> new TokenValue(value))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("token.malformed");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
  }

  @Test
  void needsExactly32RandomBytes() {
    assertThatThrownBy(() -> TokenValue.of(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPrintsItself() {
    TokenValue token = TokenValue.of(RANDOM);

    assertThat(token.toString()).doesNotContain(token.value());
  }
}
