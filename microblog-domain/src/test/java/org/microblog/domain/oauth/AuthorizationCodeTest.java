package org.microblog.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.UserId;

class AuthorizationCodeTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final ClientId APP = new ClientId("a".repeat(43));
  private static final String REDIRECT = "https://app.example/cb";

  private static AuthorizationCode code(Optional<CodeChallenge> challenge) {
    return new AuthorizationCode(
        TokenHash.of("code"), APP, new UserId(1), REDIRECT, Scopes.defaults(), challenge, T0);
  }

  @Test
  void isRedeemableForTenMinutesByItsAppAndRedirectUri() {
    AuthorizationCode code = code(Optional.empty());

    assertThat(code.redeemableBy(APP, REDIRECT, Optional.empty(), T0.plusSeconds(599))).isTrue();
    assertThat(code.redeemableBy(APP, REDIRECT, Optional.empty(), T0.plusSeconds(600))).isFalse();
    assertThat(code.redeemableBy(new ClientId("b".repeat(43)), REDIRECT, Optional.empty(), T0))
        .isFalse();
    assertThat(code.redeemableBy(APP, REDIRECT + "/x", Optional.empty(), T0)).isFalse();
  }

  @Test
  void needsTheVerifierWhenAChallengeWasGivenAndNoneOtherwise() {
    AuthorizationCode pkce = code(Optional.of(CodeChallenge.fromVerifier(VERIFIER)));

    assertThat(pkce.redeemableBy(APP, REDIRECT, Optional.of(VERIFIER), T0)).isTrue();
    assertThat(pkce.redeemableBy(APP, REDIRECT, Optional.empty(), T0)).isFalse();
    assertThat(pkce.redeemableBy(APP, REDIRECT, Optional.of(VERIFIER.substring(1) + "x"), T0))
        .isFalse();
    assertThat(code(Optional.empty()).redeemableBy(APP, REDIRECT, Optional.of(VERIFIER), T0))
        .isFalse();
  }
}
