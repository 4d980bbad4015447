package org.microblog.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {
  private static final Instant REGISTERED = Instant.parse("2026-03-01T12:00:00Z");

  private static User alice() {
    return User.registered(
        new UserId(1),
        new NewUser(
            new Username("alice"),
            new EmailAddress("alice@example.org"),
            new PasswordHash("hash"),
            REGISTERED));
  }

  @Test
  void lastSeenMovesForward() {
    Instant later = REGISTERED.plusSeconds(90);

    User seen = alice().seenAt(later).orElseThrow();

    assertThat(seen.lastSeen()).isEqualTo(later);
    assertThat(seen.memberSince()).isEqualTo(REGISTERED);
  }

  @Test
  void anEarlierOrEqualMomentIsNothingToRecord() {
    User seen = alice().seenAt(REGISTERED.plusSeconds(90)).orElseThrow();

    assertThat(seen.seenAt(REGISTERED.plusSeconds(30))).isEmpty();
    assertThat(seen.seenAt(REGISTERED.plusSeconds(90))).isEmpty();
  }
}
