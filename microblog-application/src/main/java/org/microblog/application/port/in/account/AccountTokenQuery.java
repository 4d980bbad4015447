package org.microblog.application.port.in.account;

import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;

/** Checks a mailed link before its page offers the form behind it. Changes nothing. */
public interface AccountTokenQuery {
  /**
   * @throws org.microblog.domain.shared.DomainException {@code token.unknown}, {@code
   *     token.expired} or {@code token.used}
   */
  void ensureUsable(TokenValue token, TokenPurpose purpose);
}
