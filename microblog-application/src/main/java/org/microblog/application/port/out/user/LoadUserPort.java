package org.microblog.application.port.out.user;

import java.util.Optional;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Finds stored users. */
public interface LoadUserPort {
  Optional<User> findById(UserId id);

  /** Matches ignoring case. */
  Optional<User> findByUsername(Username username);

  /** Matches ignoring case. */
  Optional<User> findByEmail(EmailAddress email);
}
