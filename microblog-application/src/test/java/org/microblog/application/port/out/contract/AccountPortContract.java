package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.post.Post;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;

/**
 * {@code SaveUserPort}'s account changes: passwords, addresses, and deleting an account with
 * everything that refers to it.
 */
public abstract class AccountPortContract extends PortContract {

  @Test
  void newAccountsAreUnverified() {
    User alice = register("alice", "alice@example.org");

    assertThat(alice.emailVerified()).isFalse();
    assertThat(store.loadUsers().findById(alice.id()).orElseThrow().emailVerified()).isFalse();
  }

  @Test
  void changingThePasswordKeepsEverythingElse() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");

    store.saveUsers().changePassword(alice.id(), new PasswordHash("new-hash"));

    User changed = store.loadUsers().findById(alice.id()).orElseThrow();
    assertThat(changed.passwordHash().value()).isEqualTo("new-hash");
    assertThat(changed).usingRecursiveComparison().ignoringFields("passwordHash").isEqualTo(alice);
    assertThat(store.loadUsers().findById(bob.id())).contains(bob);
  }

  @Test
  void changesAndFindsEmailIgnoringCaseAndRefusesATakenOne() {
    User alice = register("alice", "alice@example.org");
    register("bob", "bob@example.org");

    store.saveUsers().changeEmail(alice.id(), new EmailAddress("Alice@New.example"), true);

    assertThat(store.loadUsers().findByEmail(new EmailAddress("ALICE@new.EXAMPLE")))
        .hasValueSatisfying(
            u -> {
              assertThat(u.id()).isEqualTo(alice.id());
              assertThat(u.email().value()).isEqualTo("Alice@New.example");
              assertThat(u.emailVerified()).isTrue();
            });
    assertThat(store.loadUsers().findByEmail(new EmailAddress("alice@example.org"))).isEmpty();
    DomainException e =
        catchThrowableOfType(
            DomainException.class,
            () ->
                store
                    .saveUsers()
                    .changeEmail(alice.id(), new EmailAddress("BOB@example.org"), false));
    assertConflict(e, EmailAddress.taken());
  }

  @Test
  void letsUserKeepTheirOwnAddressInOtherCase() {
    User alice = register("alice", "alice@example.org");

    store.saveUsers().changeEmail(alice.id(), new EmailAddress("ALICE@example.org"), true);

    assertThat(store.loadUsers().findById(alice.id()).orElseThrow().email().value())
        .isEqualTo("ALICE@example.org");
  }

  @Test
  void deletingAnAccountRemovesItsPostsFollowsTokensMailRecordsAndFreesItsNames() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    publish(alice, "alice's");
    Post bobs = publish(bob, "bob's");
    store.follows().follow(new Follow(alice.id(), bob.id()));
    store.follows().follow(new Follow(bob.id(), alice.id()));
    AccountToken token = token(alice, TokenPurpose.RESET_PASSWORD, T0);
    store.accountTokens().add(token);
    store.mailQuota().recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0);

    store.saveUsers().delete(alice.id());
    store.saveUsers().delete(alice.id());

    assertThat(store.loadUsers().findById(alice.id())).isEmpty();
    assertThat(store.loadPosts().allBy(alice.id())).isEmpty();
    assertThat(store.loadPosts().allBy(bob.id())).containsExactly(bobs);
    assertThat(store.timelines().explore(PageRequest.first())).hasSize(1);
    assertThat(profileOf(bob, Optional.empty()))
        .extracting(ProfileView::followers, ProfileView::following)
        .containsExactly(0L, 0L);
    assertThat(store.accountTokens().find(token.hash())).isEmpty();
    assertThat(store.mailQuota().sendsSince(alice.id(), TokenPurpose.RESET_PASSWORD, T0)).isZero();
    assertThat(register("ALICE", "Alice@example.org").id()).isNotEqualTo(alice.id());
  }
}
