package org.microblog.adapter.persistence;

import org.junit.jupiter.api.BeforeEach;
import org.microblog.application.inmemory.InMemoryTwoFactor;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.domain.user.UserId;

/** The in-memory kit's two-factor settings held to the same contract as the databases. */
class InMemoryTwoFactorTest extends TwoFactorPortContract {
  private InMemoryTwoFactor twoFactor;
  private long users;

  @BeforeEach
  void empty() {
    twoFactor = new InMemoryTwoFactor();
  }

  @Override
  protected TwoFactorPort twoFactor() {
    return twoFactor;
  }

  @Override
  protected UserId aUser(String name) {
    return new UserId(++users);
  }
}
