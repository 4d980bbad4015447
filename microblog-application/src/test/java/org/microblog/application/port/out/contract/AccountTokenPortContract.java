package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.user.User;

/** {@code AccountTokenPort}: mailed links by hash, each consumed once, retired by newer ones. */
public abstract class AccountTokenPortContract extends PortContract {

  @Test
  void storesTokensByHashAndConsumesThemOnce() {
    User alice = register("alice", "alice@example.org");
    AccountToken token = token(alice, TokenPurpose.VERIFY_EMAIL, T0);

    store.accountTokens().add(token);

    assertThat(store.accountTokens().find(token.hash())).contains(token);
    assertThat(store.accountTokens().consume(token.hash())).isTrue();
    assertThat(store.accountTokens().consume(token.hash())).isFalse();
    assertThat(store.accountTokens().find(token.hash())).contains(token.asUsed());
    store.accountTokens().delete(token.hash());
    store.accountTokens().delete(token.hash());
    assertThat(store.accountTokens().find(token.hash())).isEmpty();
    assertThat(store.accountTokens().consume(token.hash())).isFalse();
  }

  @Test
  void aNewerTokenRetiresUnusedOnesOfItsPurposeOnly() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    AccountToken older = token(alice, TokenPurpose.RESET_PASSWORD, T0);
    AccountToken used = token(alice, TokenPurpose.RESET_PASSWORD, T0);
    AccountToken verification = token(alice, TokenPurpose.VERIFY_EMAIL, T0);
    AccountToken bobs = token(bob, TokenPurpose.RESET_PASSWORD, T0);
    AccountToken newest = token(alice, TokenPurpose.RESET_PASSWORD, T0.plusSeconds(60));
    List.of(older, used, verification, bobs, newest).forEach(store.accountTokens()::add);
    store.accountTokens().consume(used.hash());

    store.accountTokens().retireOthers(newest);

    assertThat(store.accountTokens().find(older.hash())).isEmpty();
    assertThat(store.accountTokens().find(used.hash())).isPresent();
    assertThat(store.accountTokens().find(verification.hash())).isPresent();
    assertThat(store.accountTokens().find(bobs.hash())).isPresent();
    assertThat(store.accountTokens().find(newest.hash())).isPresent();
  }

  @Test
  void aNewerTokenAlsoRetiresTheUsersExpiredOnesUsedOrNot() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    AccountToken usedLongAgo = token(alice, TokenPurpose.RESET_PASSWORD, T0);
    AccountToken expiredVerification = token(alice, TokenPurpose.VERIFY_EMAIL, T0);
    AccountToken bobsExpired = token(bob, TokenPurpose.VERIFY_EMAIL, T0);
    AccountToken newest = token(alice, TokenPurpose.RESET_PASSWORD, T0.plus(Duration.ofHours(25)));
    List.of(usedLongAgo, expiredVerification, bobsExpired, newest)
        .forEach(store.accountTokens()::add);
    store.accountTokens().consume(usedLongAgo.hash());

    store.accountTokens().retireOthers(newest);

    assertThat(store.accountTokens().find(usedLongAgo.hash())).isEmpty();
    assertThat(store.accountTokens().find(expiredVerification.hash())).isEmpty();
    assertThat(store.accountTokens().find(bobsExpired.hash())).isPresent();
    assertThat(store.accountTokens().find(newest.hash())).isPresent();
  }
}
