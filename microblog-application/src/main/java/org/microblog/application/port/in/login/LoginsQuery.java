package org.microblog.application.port.in.login;

import java.util.List;
import org.microblog.domain.user.UserId;

/** A person's live logins. */
public interface LoginsQuery {
  /** Most recently used first; expired ones are left out. */
  List<LoginView> loginsOf(UserId user);
}
