package org.microblog.adapter.persistence;

import org.junit.jupiter.api.BeforeEach;
import org.microblog.application.inmemory.InMemoryLogins;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.domain.user.UserId;

/** The in-memory kit's login records held to the same contract as the databases. */
class InMemoryLoginRecordsTest extends LoginRecordPortContract {
  private InMemoryLogins logins;
  private long users;

  @BeforeEach
  void empty() {
    logins = new InMemoryLogins();
  }

  @Override
  protected LoginRecordPort logins() {
    return logins;
  }

  @Override
  protected UserId aUser(String name) {
    return new UserId(++users);
  }
}
