package org.microblog.application.port.in.limits;

import java.util.Optional;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.UserId;

/**
 * The budgets, in the spirit of Mastodon's: failed logins per account and per client address,
 * registrations per client address, posts per account. The driving adapter brings the request's
 * facts (the client address); a used-up budget throws {@link RateLimitExceededException}. Counts
 * are shared by every instance that shares the counters (see {@code RateLimitCounterPort}).
 */
public interface RateLimitUseCase {
  /** Before checking a password: refuses while the account or the address failed too often. */
  void checkLogin(String username, String clientAddress);

  void loginFailed(String username, String clientAddress);

  /** A successful login forgets the account's failures (not the address's). */
  void loginSucceeded(String username);

  /** Before registering: refuses an address that opened too many accounts lately. */
  void checkRegistration(String clientAddress);

  /** Only accounts actually opened count: a person correcting typos is not refused. */
  void registered(String clientAddress);

  /** Counts a post against its author's budget, refusing it when the budget is used up. */
  void checkPost(UserId author);

  // client API budget

  /**
   * Counts one client API request: against its access token's budget when it carries a live one,
   * else against its client address's (Mastodon's 300 requests per 5 minutes each). Refused
   * requests are not counted, so a client that waits out the window gets its whole budget back.
   */
  ApiAllowance apiRequest(Optional<TokenHash> token, String clientAddress);
}
