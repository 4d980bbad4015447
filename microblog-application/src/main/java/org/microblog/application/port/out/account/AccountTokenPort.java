package org.microblog.application.port.out.account;

import java.util.Optional;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenHash;

/** Stores mailed link tokens, by hash only. */
public interface AccountTokenPort {
  void add(AccountToken token);

  /**
   * Deletes the user's other unused tokens of the same purpose, once the newer one has been mailed:
   * a newer link replaces the older ones. Used tokens stay, so a used link is told apart from an
   * unknown one.
   */
  void retireOthers(AccountToken newest);

  Optional<AccountToken> find(TokenHash hash);

  /**
   * Marks the token used, atomically.
   *
   * @return false when it was used already (or is gone), so two requests cannot both redeem it
   */
  boolean consume(TokenHash hash);

  /** Forgets a token, e.g. one whose mail could not be sent. Forgetting twice is fine. */
  void delete(TokenHash hash);
}
