package org.microblog.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microblog.domain.shared.DomainException;

class TotpTest {
  /** RFC 6238 appendix B: the SHA1 tests use this 20-byte ASCII key. */
  private static final TotpSecret RFC_KEY =
      TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @ParameterizedTest(name = "T={0}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheRfc6238Sha1VectorsInEightAndSixDigits(long seconds, String eightDigits) {
    long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

    assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(eightDigits);
    assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo(eightDigits.substring(2));
  }

  @Test
  void acceptsTheCurrentCodeAndOneStepEitherSideButNoFurther() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long step = Totp.stepAt(now);

    for (long drift = -1; drift <= 1; drift++) {
      TotpCode code = new TotpCode(Totp.code(RFC_KEY, step + drift, 6));
      assertThat(Totp.matchingStep(RFC_KEY, code, now, 0)).hasValue(step + drift);
    }
    assertThat(Totp.matchingStep(RFC_KEY, new TotpCode(Totp.code(RFC_KEY, step - 2, 6)), now, 0))
        .isEmpty();
    assertThat(Totp.matchingStep(RFC_KEY, new TotpCode(Totp.code(RFC_KEY, step + 2, 6)), now, 0))
        .isEmpty();
  }

  @Test
  void refusesACodeOfAStepAtOrBeforeTheLastOneUsed() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long step = Totp.stepAt(now);
    TotpCode current = new TotpCode(Totp.code(RFC_KEY, step, 6));

    assertThat(Totp.matchingStep(RFC_KEY, current, now, step - 1)).hasValue(step);
    assertThat(Totp.matchingStep(RFC_KEY, current, now, step)).as("replayed").isEmpty();
    TotpCode earlier = new TotpCode(Totp.code(RFC_KEY, step - 1, 6));
    assertThat(Totp.matchingStep(RFC_KEY, earlier, now, step)).as("older than used").isEmpty();
  }

  @Test
  void secretsRoundTripThroughBase32AndNeverPrint() {
    TotpSecret secret = TotpSecret.parse(RFC_KEY.base32().toLowerCase());

    assertThat(RFC_KEY.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(secret).isEqualTo(RFC_KEY);
    assertThat(secret.toString()).doesNotContain(RFC_KEY.base32());
    assertThatThrownBy(() -> TotpSecret.parse("not base32 at all!"))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> TotpSecret.parse("GEZDGNBV")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> TotpSecret.parse("A".repeat(65))).isInstanceOf(DomainException.class);
  }

  @Test
  void typedCodesAreToldApartByShapeAndBounded() {
    assertThat(SecondFactor.typed(" 123 456 ").totp()).contains(new TotpCode("123456"));
    assertThat(SecondFactor.typed("ABCDE-FGHIJ").recovery())
        .contains(new RecoveryCode("abcde-fghij"));
    assertThat(SecondFactor.typed("abcdefghij").recovery())
        .contains(new RecoveryCode("abcde-fghij"));
    assertThatThrownBy(() -> SecondFactor.typed("12345"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("code.invalid"));
    assertThatThrownBy(() -> SecondFactor.typed("1".repeat(33)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("code.too_long"));
    assertThatThrownBy(() -> SecondFactor.typed("<script>")).isInstanceOf(DomainException.class);
  }

  @Test
  void recoveryCodesAreRandomShapedAndStoredOnlyAsHashes() {
    RecoveryCode code =
        RecoveryCode.from(new org.microblog.domain.account.TokenValue("A".repeat(43)));

    assertThat(code.value()).matches("[a-z2-7]{5}-[a-z2-7]{5}");
    assertThat(code.hash().value()).hasSize(64).doesNotContain(code.value());
    assertThat(code.hash()).isEqualTo(RecoveryCode.typed(code.value().toUpperCase()).hash());
    assertThat(code.toString()).doesNotContain(code.value());
  }
}
