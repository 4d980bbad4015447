package org.microblog.application.port.in.account;

import java.util.Optional;
import org.microblog.domain.user.UserId;

/** One's own account, for settings pages. */
public interface AccountQuery {
  Optional<AccountView> account(UserId user);
}
