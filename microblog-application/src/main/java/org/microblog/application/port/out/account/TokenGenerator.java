package org.microblog.application.port.out.account;

import org.microblog.domain.account.TokenValue;

/** Makes unguessable link tokens from a cryptographically strong source. */
public interface TokenGenerator {
  TokenValue newToken();
}
