package org.microblog.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered person.
 *
 * @param emailVerified whether the owner has proved that {@code email} is theirs
 * @param postsFindable whether search may show their posts (on unless they turned it off)
 * @param language the language they chose for pages and mails; empty when they chose none, and
 *     their browser's then applies
 */
public record User(
    UserId id,
    Username username,
    EmailAddress email,
    PasswordHash passwordHash,
    AboutMe about,
    Instant memberSince,
    Instant lastSeen,
    boolean emailVerified,
    boolean postsFindable,
    Optional<Language> language) {

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
    Objects.requireNonNull(language, "language");
  }

  /** A newly stored account: unverified address, seen when registering. */
  public static User registered(UserId id, NewUser user) {
    Instant at = user.registeredAt();
    return new User(
        id,
        user.username(),
        user.email(),
        user.passwordHash(),
        AboutMe.empty(),
        at,
        at,
        false,
        true,
        user.language());
  }

  public User withProfile(Username newUsername, AboutMe newAbout, boolean findable) {
    return new User(
        id,
        newUsername,
        email,
        passwordHash,
        newAbout,
        memberSince,
        lastSeen,
        emailVerified,
        findable,
        language);
  }

  public User withEmail(EmailAddress address, boolean verified) {
    return new User(
        id,
        username,
        address,
        passwordHash,
        about,
        memberSince,
        lastSeen,
        verified,
        postsFindable,
        language);
  }

  /**
   * This user as last seen at {@code moment}; empty when they were seen at or after it already, as
   * "last seen" only moves forward (a slow request must not move it back), so nothing is to be
   * recorded. Not a wither returning {@code User}: MapStruct would take it for a property.
   */
  public Optional<User> seenAt(Instant moment) {
    if (!moment.isAfter(lastSeen)) {
      return Optional.empty();
    }
    return Optional.of(
        new User(
            id,
            username,
            email,
            passwordHash,
            about,
            memberSince,
            moment,
            emailVerified,
            postsFindable,
            language));
  }

  /** Whether {@code address} is this user's address, ignoring case. */
  public boolean hasEmail(EmailAddress address) {
    return email.canonical().equals(address.canonical());
  }

  @Override
  public String toString() {
    return "User[" + id + ", " + username + "]";
  }
}
