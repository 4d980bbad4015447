package org.microblog.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.microblog.adapter.persistence.twofactor.TwoFactorPersistenceAdapter;
import org.microblog.adapter.persistence.user.UserPersistenceAdapter;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.domain.user.UserId;

/** The two-factor contract on the in-memory H2 of {@code application-test.yml}. */
@MicronautTest(transactional = false)
class H2TwoFactorTest extends TwoFactorPortContract {
  @Inject TwoFactorPersistenceAdapter twoFactor;
  @Inject UserPersistenceAdapter users;
  @Inject DataSource dataSource;

  @BeforeEach
  void emptyTables() throws SQLException {
    ContractDatabase.empty(dataSource);
  }

  @Override
  protected TwoFactorPort twoFactor() {
    return twoFactor;
  }

  @Override
  protected UserId aUser(String name) {
    return ContractDatabase.user(users, name);
  }
}
