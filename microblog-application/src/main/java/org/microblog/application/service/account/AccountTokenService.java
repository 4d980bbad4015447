package org.microblog.application.service.account;

import java.time.Clock;
import org.microblog.application.port.in.account.AccountTokenQuery;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;

/** Tells whether a mailed link still works, without redeeming it. */
public final class AccountTokenService implements AccountTokenQuery {
  private final AccountTokenPort tokens;
  private final Clock clock;

  public AccountTokenService(AccountTokenPort tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public void ensureUsable(TokenValue token, TokenPurpose purpose) {
    tokens
        .find(token.hash())
        .orElseThrow(() -> AccountToken.unknown(purpose))
        .ensureRedeemable(purpose, clock.instant());
  }
}
