package org.microblog.application.port.in.login;

import java.time.Instant;
import org.microblog.domain.user.UserId;

/** Whether a login has ended meanwhile (password changed or reset, account deleted). */
public interface LoginValidityQuery {
  /**
   * @param issuedAt when the login token was issued
   * @return false when the account is gone or its logins were ended after {@code issuedAt}
   */
  boolean isLoginValid(UserId user, Instant issuedAt);

  /**
   * Whether the login was found valid moments ago: answered from memory, never blocks. False means
   * "ask {@link #isLoginValid}", so a caller that must not block can skip handing most checks off.
   */
  boolean isKnownValid(UserId user, Instant issuedAt);
}
