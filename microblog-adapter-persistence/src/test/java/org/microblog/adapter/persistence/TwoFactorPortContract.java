package org.microblog.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.twofactor.TotpSecret;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.UserId;

/**
 * What every {@link TwoFactorPort} does, typed only by the port: the in-memory kit and the database
 * adapter (H2, PostgreSQL) each run these scenarios through a subclass.
 */
public abstract class TwoFactorPortContract {
  private static final TotpSecret SECRET =
      TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
  private static final TokenHash CODE_A = new TokenHash("a".repeat(64));
  private static final TokenHash CODE_B = new TokenHash("b".repeat(64));

  /** The port under test, on empty storage. */
  protected abstract TwoFactorPort twoFactor();

  /** An account that settings may belong to. */
  protected abstract UserId aUser(String name);

  @Test
  void isOffUntilEnabledAndKeepsTheSecretAndStep() {
    UserId alice = aUser("alice");
    assertThat(twoFactor().find(alice)).isEmpty();

    twoFactor().enable(new TwoFactor(alice, SECRET, 57_000_000L), List.of(CODE_A, CODE_B));

    assertThat(twoFactor().find(alice)).contains(new TwoFactor(alice, SECRET, 57_000_000L));
    assertThat(twoFactor().recoveryCodesLeft(alice)).isEqualTo(2);
  }

  @Test
  void aStepIsUsedOnlyWhenLaterThanTheLastOne() {
    UserId alice = aUser("alice");
    twoFactor().enable(new TwoFactor(alice, SECRET, 100), List.of());

    assertThat(twoFactor().useStep(alice, 100)).isFalse();
    assertThat(twoFactor().useStep(alice, 101)).isTrue();
    assertThat(twoFactor().useStep(alice, 101)).as("replayed").isFalse();
    assertThat(twoFactor().useStep(alice, 99)).isFalse();
    assertThat(twoFactor().find(alice).orElseThrow().lastUsedStep()).isEqualTo(101);
    assertThat(twoFactor().useStep(aUser("bob"), 500)).as("off").isFalse();
  }

  @Test
  void aRecoveryCodeWorksOnceAndOnlyForItsOwner() {
    UserId alice = aUser("alice");
    UserId bob = aUser("bob");
    twoFactor().enable(new TwoFactor(alice, SECRET, 1), List.of(CODE_A, CODE_B));

    assertThat(twoFactor().useRecoveryCode(bob, CODE_A)).isFalse();
    assertThat(twoFactor().useRecoveryCode(alice, CODE_A)).isTrue();
    assertThat(twoFactor().useRecoveryCode(alice, CODE_A)).isFalse();
    assertThat(twoFactor().recoveryCodesLeft(alice)).isEqualTo(1);
  }

  @Test
  void disablingForgetsTheSecretAndEveryCode() {
    UserId alice = aUser("alice");
    twoFactor().enable(new TwoFactor(alice, SECRET, 1), List.of(CODE_A));

    twoFactor().disable(alice);

    assertThat(twoFactor().find(alice)).isEmpty();
    assertThat(twoFactor().recoveryCodesLeft(alice)).isZero();
    assertThat(twoFactor().useRecoveryCode(alice, CODE_A)).isFalse();
  }
}
