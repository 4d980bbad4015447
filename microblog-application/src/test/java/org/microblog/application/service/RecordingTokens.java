package org.microblog.application.service;

import java.util.ArrayList;
import java.util.List;
import org.microblog.application.crypto.SecureRandomTokenGenerator;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.domain.account.TokenValue;

/** Real random tokens, remembered so that tests can follow the links a mail would carry. */
final class RecordingTokens implements TokenGenerator {
  private final SecureRandomTokenGenerator random = new SecureRandomTokenGenerator();
  private final List<TokenValue> issued = new ArrayList<>();

  @Override
  public TokenValue newToken() {
    TokenValue token = random.newToken();
    issued.add(token);
    return token;
  }

  TokenValue last() {
    return issued.get(issued.size() - 1);
  }

  int count() {
    return issued.size();
  }
}
