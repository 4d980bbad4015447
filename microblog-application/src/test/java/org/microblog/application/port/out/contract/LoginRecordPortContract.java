package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.out.login.LoginWithUnread;
import org.microblog.domain.login.BrowserDescription;
import org.microblog.domain.login.ClientNetwork;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;

/**
 * {@code LoginRecordPort}: one record per login, listed most recently used first, ended one by one
 * or all together, removed once expired, and gone with its account; the login check reads the
 * person's unread notification count along with it.
 */
public abstract class LoginRecordPortContract extends PortContract {
  private static final BrowserDescription FIREFOX = new BrowserDescription("Firefox on Linux");
  private int ids;

  @Test
  void keepsEveryFieldOfALoginExactly() {
    Login login = login(register("alice", "alice@example.org").id(), true, T0);

    store.logins().add(login);

    assertThat(store.logins().find(login.id())).contains(login);
  }

  @Test
  void readsALoginWithItsPersonsUnreadNotificationCount() {
    UserId alice = register("alice", "alice@example.org").id();
    UserId bob = register("bob", "bob@example.org").id();
    Login login = login(alice, true, T0);
    store.logins().add(login);
    assertThat(store.logins().findWithUnread(login.id())).contains(new LoginWithUnread(login, 0));

    store
        .notifications()
        .add(new Notification(alice, bob, NotificationKind.FOLLOWED, Optional.empty(), T0));

    assertThat(store.logins().findWithUnread(login.id())).contains(new LoginWithUnread(login, 1));
    assertThat(store.logins().findWithUnread(new LoginId("x".repeat(LoginId.LENGTH)))).isEmpty();
  }

  @Test
  void readsALoginWithItsPersonsChosenLanguage() {
    UserId alice = register("alice", "alice@example.org").id();
    Login login = login(alice, true, T0);
    store.logins().add(login);
    assertThat(store.logins().findWithUnread(login.id()).orElseThrow().language()).isEmpty();

    store.saveUsers().updateLanguage(alice, Optional.of(Language.GERMAN));

    assertThat(store.logins().findWithUnread(login.id()))
        .contains(new LoginWithUnread(login, 0, 0, Optional.of(Language.GERMAN)));
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(store.logins().find(new LoginId("x".repeat(LoginId.LENGTH)))).isEmpty();
  }

  @Test
  void listsOnlyThePersonsLoginsMostRecentlyUsedFirst() {
    UserId alice = register("alice", "alice@example.org").id();
    Login older = login(alice, false, T0);
    Login newer = login(alice, false, T0.plusSeconds(60));
    store.logins().add(newer);
    store.logins().add(older);
    store.logins().add(login(register("bob", "bob@example.org").id(), false, T0));

    assertThat(store.logins().loginsOf(alice)).containsExactly(newer, older);
  }

  @Test
  void touchingMovesLastUsedForwardOnly() {
    Login login = login(register("alice", "alice@example.org").id(), true, T0);
    store.logins().add(login);

    store.logins().touch(login.id(), T0.plusSeconds(90));
    store.logins().touch(login.id(), T0.plusSeconds(30));

    assertThat(store.logins().find(login.id()).orElseThrow().lastUsedAt())
        .isEqualTo(T0.plusSeconds(90));
  }

  @Test
  void endingNeedsTheOwnerAndWorksOnce() {
    UserId alice = register("alice", "alice@example.org").id();
    UserId bob = register("bob", "bob@example.org").id();
    Login login = login(alice, false, T0);
    store.logins().add(login);

    assertThat(store.logins().end(bob, login.id())).as("someone else's").isFalse();
    assertThat(store.logins().find(login.id())).isPresent();
    assertThat(store.logins().end(alice, login.id())).isTrue();
    assertThat(store.logins().end(alice, login.id())).as("already ended").isFalse();
    assertThat(store.logins().find(login.id())).isEmpty();
  }

  @Test
  void endingAllEndsEveryLoginOfThatPersonOnly() {
    UserId alice = register("alice", "alice@example.org").id();
    Login bobs = login(register("bob", "bob@example.org").id(), false, T0);
    store.logins().add(login(alice, false, T0));
    store.logins().add(login(alice, true, T0));
    store.logins().add(bobs);

    store.logins().endAll(alice);

    assertThat(store.logins().loginsOf(alice)).isEmpty();
    assertThat(store.logins().find(bobs.id())).isPresent();
  }

  @Test
  void removesExpiredSessionLoginsAndIdleRememberedOnes() {
    UserId alice = register("alice", "alice@example.org").id();
    Instant now = T0.plus(Duration.ofDays(40));
    Login oldSession = login(alice, false, now.minus(Duration.ofHours(13)));
    Login freshSession = login(alice, false, now.minus(Duration.ofHours(11)));
    Login idleRemembered = login(alice, true, now.minus(Duration.ofDays(31)));
    Login oldButUsedRemembered = login(alice, true, now.minus(Duration.ofDays(35)));
    for (Login login :
        new Login[] {oldSession, freshSession, idleRemembered, oldButUsedRemembered}) {
      store.logins().add(login);
    }
    store.logins().touch(oldButUsedRemembered.id(), now.minus(Duration.ofDays(1)));

    int removed =
        store
            .logins()
            .removeExpired(
                Login.sessionsExpiredIfStartedBefore(now),
                Login.rememberedExpiredIfUsedBefore(now));

    assertThat(removed).isEqualTo(2);
    assertThat(store.logins().loginsOf(alice))
        .extracting(Login::id)
        .containsExactlyInAnyOrder(freshSession.id(), oldButUsedRemembered.id());
  }

  @Test
  void deletingTheAccountEndsItsLogins() {
    UserId alice = register("alice", "alice@example.org").id();
    Login bobs = login(register("bob", "bob@example.org").id(), false, T0);
    Login alices = login(alice, true, T0);
    store.logins().add(alices);
    store.logins().add(bobs);

    store.saveUsers().delete(alice);

    assertThat(store.logins().find(alices.id())).isEmpty();
    assertThat(store.logins().loginsOf(alice)).isEmpty();
    assertThat(store.logins().find(bobs.id())).contains(bobs);
  }

  private Login login(UserId user, boolean remembered, Instant startedAt) {
    ids++;
    String id = String.format("login%017d", ids);
    return Login.start(
        new LoginId(id), user, remembered, startedAt, FIREFOX, new ClientNetwork("203.0.113.0/24"));
  }
}
