package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.twofactor.TotpSecret;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.UserId;

/**
 * {@code TwoFactorPort}: the secret and the last used step while two-factor is on, single-use
 * recovery codes, and nothing once it is off.
 */
public abstract class TwoFactorPortContract extends PortContract {
  private static final TotpSecret SECRET =
      TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
  private static final TokenHash CODE_A = new TokenHash("a".repeat(64));
  private static final TokenHash CODE_B = new TokenHash("b".repeat(64));

  @Test
  void isOffUntilEnabledAndKeepsTheSecretAndStep() {
    UserId alice = register("alice", "alice@example.org").id();
    assertThat(store.twoFactor().find(alice)).isEmpty();

    store.twoFactor().enable(new TwoFactor(alice, SECRET, 57_000_000L), List.of(CODE_A, CODE_B));

    assertThat(store.twoFactor().find(alice)).contains(new TwoFactor(alice, SECRET, 57_000_000L));
    assertThat(store.twoFactor().recoveryCodesLeft(alice)).isEqualTo(2);
  }

  @Test
  void aStepIsUsedOnlyWhenLaterThanTheLastOne() {
    UserId alice = register("alice", "alice@example.org").id();
    store.twoFactor().enable(new TwoFactor(alice, SECRET, 100), List.of());

    assertThat(store.twoFactor().useStep(alice, 100)).isFalse();
    assertThat(store.twoFactor().useStep(alice, 101)).isTrue();
    assertThat(store.twoFactor().useStep(alice, 101)).as("replayed").isFalse();
    assertThat(store.twoFactor().useStep(alice, 99)).isFalse();
    assertThat(store.twoFactor().find(alice).orElseThrow().lastUsedStep()).isEqualTo(101);
    assertThat(store.twoFactor().useStep(register("bob", "bob@example.org").id(), 500))
        .as("off")
        .isFalse();
  }

  @Test
  void aRecoveryCodeWorksOnceAndOnlyForItsOwner() {
    UserId alice = register("alice", "alice@example.org").id();
    UserId bob = register("bob", "bob@example.org").id();
    store.twoFactor().enable(new TwoFactor(alice, SECRET, 1), List.of(CODE_A, CODE_B));

    assertThat(store.twoFactor().useRecoveryCode(bob, CODE_A)).isFalse();
    assertThat(store.twoFactor().useRecoveryCode(alice, CODE_A)).isTrue();
    assertThat(store.twoFactor().useRecoveryCode(alice, CODE_A)).isFalse();
    assertThat(store.twoFactor().recoveryCodesLeft(alice)).isEqualTo(1);
  }

  @Test
  void disablingForgetsTheSecretAndEveryCode() {
    UserId alice = register("alice", "alice@example.org").id();
    store.twoFactor().enable(new TwoFactor(alice, SECRET, 1), List.of(CODE_A));

    store.twoFactor().disable(alice);

    assertThat(store.twoFactor().find(alice)).isEmpty();
    assertThat(store.twoFactor().recoveryCodesLeft(alice)).isZero();
    assertThat(store.twoFactor().useRecoveryCode(alice, CODE_A)).isFalse();
  }

  @Test
  void deletingTheAccountForgetsItsSecretAndCodes() {
    UserId alice = register("alice", "alice@example.org").id();
    UserId bob = register("bob", "bob@example.org").id();
    store.twoFactor().enable(new TwoFactor(alice, SECRET, 1), List.of(CODE_A));
    store.twoFactor().enable(new TwoFactor(bob, SECRET, 1), List.of(CODE_A, CODE_B));

    store.saveUsers().delete(alice);

    assertThat(store.twoFactor().find(alice)).isEmpty();
    assertThat(store.twoFactor().recoveryCodesLeft(alice)).isZero();
    assertThat(store.twoFactor().find(bob)).isPresent();
    assertThat(store.twoFactor().recoveryCodesLeft(bob)).isEqualTo(2);
  }
}
