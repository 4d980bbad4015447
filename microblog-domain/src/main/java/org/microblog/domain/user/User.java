package org.microblog.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A registered person. */
public record User(
    UserId id,
    Username username,
    EmailAddress email,
    PasswordHash passwordHash,
    AboutMe about,
    Instant memberSince,
    Instant lastSeen) {

  /** How often "last seen" is worth writing down: more often would only cost writes. */
  public static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(memberSince, "memberSince");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }

  @Override
  public String toString() {
    return "User[" + id + ", " + username + "]";
  }
}
