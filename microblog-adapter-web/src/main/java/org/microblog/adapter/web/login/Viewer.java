package org.microblog.adapter.web.login;

import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.domain.user.UserId;

/**
 * The logged-in person as pages know them: the stable id (the token's subject, so a rename does not
 * log anyone out) and the username for display.
 */
public record Viewer(UserId id, String username) {
  static final String USERNAME_CLAIM = "username";
  static final String REMEMBER_CLAIM = "remember";

  /**
   * When the login was issued, in microseconds since the epoch. JWT's own {@code iat} has whole
   * seconds only, too coarse to tell a login made just before a password change from one made just
   * after it.
   */
  static final String ISSUED_MICROS_CLAIM = "issued_us";

  private static final Collection<String> ROLES = List.of("user");

  /** Reads the viewer from a verified login token, if there is one and it is well formed. */
  public static Optional<Viewer> of(Authentication authentication) {
    if (authentication == null) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(authentication.getName());
      Object username = authentication.getAttributes().get(USERNAME_CLAIM);
      return Optional.of(new Viewer(new UserId(id), username == null ? "" : username.toString()));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** The authentication a login token is made from. */
  static Authentication authenticationOf(
      AuthenticatedUser user, boolean remember, Instant issuedAt) {
    return Authentication.build(
        Long.toString(user.id().value()),
        ROLES,
        Map.of(
            USERNAME_CLAIM,
            user.username().value(),
            REMEMBER_CLAIM,
            remember,
            ISSUED_MICROS_CLAIM,
            ChronoUnit.MICROS.between(Instant.EPOCH, issuedAt)));
  }

  /** Whether the login behind this authentication was to be remembered. */
  static boolean remembered(Authentication authentication) {
    return Boolean.TRUE.equals(authentication.getAttributes().get(REMEMBER_CLAIM));
  }
}
