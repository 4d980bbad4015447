package org.microblog.application.port.in.login;

import java.util.Optional;

/** Checks a username and password. */
public interface AuthenticateUserUseCase {
  /**
   * @return the user when the credentials match; empty for an unknown user or a wrong password
   *     alike, taking comparable time in both cases
   */
  Optional<AuthenticatedUser> authenticate(AuthenticateUserCommand command);
}
