package org.microblog.adapter.web.login;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * The logged-in person as pages know them: the stable id (the token's subject, so a rename does not
 * log anyone out) and the username for display.
 */
public record Viewer(UserId id, String username) {
  static final String USERNAME_CLAIM = "username";
  static final String REMEMBER_CLAIM = "remember";

  /** The login record this token stands for: ending the record ends the token. */
  static final String LOGIN_CLAIM = "login";

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
  static Authentication authenticationOf(AuthenticatedUser user, LoginId login, boolean remember) {
    return Authentication.build(
        Long.toString(user.id().value()),
        ROLES,
        Map.of(
            USERNAME_CLAIM,
            user.username().value(),
            REMEMBER_CLAIM,
            remember,
            LOGIN_CLAIM,
            login.value()));
  }

  /** The login record behind this authentication; empty for a token without a well-formed one. */
  public static Optional<LoginId> loginOf(Authentication authentication) {
    Object login = authentication.getAttributes().get(LOGIN_CLAIM);
    if (!(login instanceof String value)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LoginId(value));
    } catch (DomainException malformed) {
      return Optional.empty();
    }
  }

  /** Whether the login behind this authentication was to be remembered. */
  static boolean remembered(Authentication authentication) {
    return Boolean.TRUE.equals(authentication.getAttributes().get(REMEMBER_CLAIM));
  }
}
