package org.microblog.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;

class CodeChallengeTest {
  /** RFC 7636, appendix B. */
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  @Test
  void acceptsTheVerifierOfTheRfcExample() {
    CodeChallenge challenge = CodeChallenge.of(CHALLENGE, "S256");

    assertThat(challenge.verifiedBy(VERIFIER)).isTrue();
    assertThat(CodeChallenge.fromVerifier(VERIFIER)).isEqualTo(challenge);
  }

  @Test
  void refusesAnotherOrMalformedVerifier() {
    CodeChallenge challenge = CodeChallenge.of(CHALLENGE, "S256");

    assertThat(challenge.verifiedBy(VERIFIER.replace('d', 'e'))).isFalse();
    assertThat(challenge.verifiedBy(null)).isFalse();
    assertThat(challenge.verifiedBy("short")).isFalse();
    assertThat(challenge.verifiedBy(VERIFIER + " ")).isFalse();
    assertThat(challenge.verifiedBy("a".repeat(129))).isFalse();
  }

  @Test
  void refusesThePlainMethodAndMalformedChallenges() {
    assertThatThrownBy(() -> CodeChallenge.of(CHALLENGE, "plain"))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> CodeChallenge.of(CHALLENGE, null)).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> CodeChallenge.of("x", "S256")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> CodeChallenge.of(CHALLENGE + "=", "S256"))
        .isInstanceOf(DomainException.class);
  }
}
