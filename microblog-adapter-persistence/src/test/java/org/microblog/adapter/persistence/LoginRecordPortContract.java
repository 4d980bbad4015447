package org.microblog.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.login.LoginWithUnread;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.domain.login.BrowserDescription;
import org.microblog.domain.login.ClientNetwork;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.user.UserId;

/**
 * What every {@link LoginRecordPort} does, typed only by the port: the in-memory kit and the
 * database adapter (H2, PostgreSQL) each run these scenarios through a subclass.
 */
public abstract class LoginRecordPortContract {
  /** Microsecond precision, which both databases keep exactly. */
  protected static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123456Z");

  private static final BrowserDescription FIREFOX = new BrowserDescription("Firefox on Linux");
  private int ids;

  /** The port under test, on empty storage. */
  protected abstract LoginRecordPort logins();

  /** An account that logins may belong to. */
  protected abstract UserId aUser(String name);

  /** The same storage's notifications, whose unread count a login is read with. */
  protected abstract NotificationPort notifications();

  @Test
  void readsALoginWithItsPersonsUnreadNotificationCount() {
    UserId alice = aUser("alice");
    UserId bob = aUser("bob");
    Login login = login(alice, true, T0);
    logins().add(login);
    assertThat(logins().findWithUnread(login.id())).contains(new LoginWithUnread(login, 0));

    notifications()
        .add(new Notification(alice, bob, NotificationKind.FOLLOWED, Optional.empty(), T0));

    assertThat(logins().findWithUnread(login.id())).contains(new LoginWithUnread(login, 1));
    assertThat(logins().findWithUnread(new LoginId("x".repeat(LoginId.LENGTH)))).isEmpty();
  }

  @Test
  void keepsEveryFieldOfALoginExactly() {
    Login login = login(aUser("alice"), true, T0);

    logins().add(login);

    assertThat(logins().find(login.id())).contains(login);
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(logins().find(new LoginId("x".repeat(LoginId.LENGTH)))).isEmpty();
  }

  @Test
  void listsOnlyThePersonsLoginsMostRecentlyUsedFirst() {
    UserId alice = aUser("alice");
    Login older = login(alice, false, T0);
    Login newer = login(alice, false, T0.plusSeconds(60));
    logins().add(newer);
    logins().add(older);
    logins().add(login(aUser("bob"), false, T0));

    assertThat(logins().loginsOf(alice)).containsExactly(newer, older);
  }

  @Test
  void touchingMovesLastUsedForwardOnly() {
    Login login = login(aUser("alice"), true, T0);
    logins().add(login);

    logins().touch(login.id(), T0.plusSeconds(90));
    logins().touch(login.id(), T0.plusSeconds(30));

    assertThat(logins().find(login.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(90));
  }

  @Test
  void endingNeedsTheOwnerAndWorksOnce() {
    UserId alice = aUser("alice");
    UserId bob = aUser("bob");
    Login login = login(alice, false, T0);
    logins().add(login);

    assertThat(logins().end(bob, login.id())).as("someone else's").isFalse();
    assertThat(logins().find(login.id())).isPresent();
    assertThat(logins().end(alice, login.id())).isTrue();
    assertThat(logins().end(alice, login.id())).as("already ended").isFalse();
    assertThat(logins().find(login.id())).isEmpty();
  }

  @Test
  void endingAllEndsEveryLoginOfThatPersonOnly() {
    UserId alice = aUser("alice");
    Login bobs = login(aUser("bob"), false, T0);
    logins().add(login(alice, false, T0));
    logins().add(login(alice, true, T0));
    logins().add(bobs);

    logins().endAll(alice);

    assertThat(logins().loginsOf(alice)).isEmpty();
    assertThat(logins().find(bobs.id())).isPresent();
  }

  @Test
  void removesExpiredSessionLoginsAndIdleRememberedOnes() {
    UserId alice = aUser("alice");
    Instant now = T0.plus(Duration.ofDays(40));
    Login oldSession = login(alice, false, now.minus(Duration.ofHours(13)));
    Login freshSession = login(alice, false, now.minus(Duration.ofHours(11)));
    Login idleRemembered = login(alice, true, now.minus(Duration.ofDays(31)));
    Login oldButUsedRemembered = login(alice, true, now.minus(Duration.ofDays(35)));
    for (Login login :
        new Login[] {oldSession, freshSession, idleRemembered, oldButUsedRemembered}) {
      logins().add(login);
    }
    logins().touch(oldButUsedRemembered.id(), now.minus(Duration.ofDays(1)));

    int removed =
        logins()
            .removeExpired(
                Login.sessionsExpiredIfStartedBefore(now),
                Login.rememberedExpiredIfUsedBefore(now));

    assertThat(removed).isEqualTo(2);
    assertThat(logins().loginsOf(alice))
        .extracting(Login::id)
        .containsExactlyInAnyOrder(freshSession.id(), oldButUsedRemembered.id());
  }

  private Login login(UserId user, boolean remembered, Instant startedAt) {
    ids++;
    String id = String.format("login%017d", ids);
    return Login.start(
        new LoginId(id), user, remembered, startedAt, FIREFOX, new ClientNetwork("203.0.113.0/24"));
  }
}
