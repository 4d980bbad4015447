package org.microblog.application.service.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;

/**
 * Remembers for a few seconds that a login was found valid, and the person's unread notification
 * and message counts read with it, so that a person clicking through pages costs one database
 * lookup per few seconds instead of one per request (the lookup and its thread hop were a quarter
 * of a page's cost under load). Every use case that ends logins (logging out, ending one from the
 * sessions page, password change or reset, "log out everywhere", deletion) forgets the user at once
 * in this instance, and so does a new notification or message for them, so that their next page
 * reads the new count (and so does a change of their language); other instances forget when they
 * hear it on the event bus ({@link ViewerChanges}), or, should they miss it, when the time to live
 * runs out. A time to live of zero remembers nothing.
 */
public final class RecentlyValidLogins {
  private static final int SWEEP_THRESHOLD = 100_000;

  /**
   * One person's live logins (each valid until a moment), their unread counts and their chosen
   * language (a change of language forgets the person, so it is never updated in place).
   */
  private record Known(
      Map<LoginId, Instant> validUntil,
      AtomicLong unread,
      AtomicLong unreadMessages,
      Optional<Language> language) {}

  private final Map<UserId, Known> known = new ConcurrentHashMap<>();
  private final Duration ttl;
  private final Clock clock;

  public RecentlyValidLogins(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The unread counts, when the login was found valid within the time to live. */
  Optional<LoginStatus> knownStatus(UserId user, LoginId login) {
    Known person = known.get(user);
    Instant until = person == null ? null : person.validUntil().get(login);
    return until != null && clock.instant().isBefore(until)
        ? Optional.of(
            new LoginStatus(
                Math.max(0, person.unread().get()),
                Math.max(0, person.unreadMessages().get()),
                person.language()))
        : Optional.empty();
  }

  void rememberValid(
      UserId user, LoginId login, long unread, long unreadMessages, Optional<Language> language) {
    if (ttl.isZero() || ttl.isNegative()) {
      return;
    }
    Instant now = clock.instant();
    if (known.size() > SWEEP_THRESHOLD) {
      known
          .values()
          .forEach(person -> person.validUntil().values().removeIf(until -> !now.isBefore(until)));
      known.values().removeIf(person -> person.validUntil().isEmpty());
    }
    Known person =
        known.compute(
            user,
            (id, before) ->
                before != null && before.language().equals(language)
                    ? before
                    : new Known(
                        before == null ? new ConcurrentHashMap<>() : before.validUntil(),
                        new AtomicLong(),
                        new AtomicLong(),
                        language));
    person.unread().set(unread);
    person.unreadMessages().set(unreadMessages);
    person.validUntil().put(login, now.plus(ttl));
  }

  /** The user's next check asks the database again (for validity and the unread count). */
  public void forget(UserId user) {
    known.remove(user);
  }

  /** The user has just seen their notifications: the remembered count starts again from zero. */
  public void markedRead(UserId user) {
    Known person = known.get(user);
    if (person != null) {
      person.unread().set(0);
    }
  }
}
