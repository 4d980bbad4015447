package org.microblog.application.crypto;

import java.security.SecureRandom;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.domain.account.TokenValue;

/** Link tokens from the JDK's {@link SecureRandom}; fit for production as well as for tests. */
public final class SecureRandomTokenGenerator implements TokenGenerator {
  private final SecureRandom random = new SecureRandom();

  @Override
  public TokenValue newToken() {
    byte[] bytes = new byte[TokenValue.BYTES];
    random.nextBytes(bytes);
    return TokenValue.of(bytes);
  }
}
