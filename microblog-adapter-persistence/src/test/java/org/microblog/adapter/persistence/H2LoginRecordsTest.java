package org.microblog.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.microblog.adapter.persistence.login.LoginPersistenceAdapter;
import org.microblog.adapter.persistence.notification.NotificationPersistenceAdapter;
import org.microblog.adapter.persistence.user.UserPersistenceAdapter;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.domain.user.UserId;

/** The login-record contract on the in-memory H2 of {@code application-test.yml}. */
@MicronautTest(transactional = false)
class H2LoginRecordsTest extends LoginRecordPortContract {
  @Inject LoginPersistenceAdapter logins;
  @Inject UserPersistenceAdapter users;
  @Inject NotificationPersistenceAdapter notifications;
  @Inject DataSource dataSource;

  @BeforeEach
  void emptyTables() throws SQLException {
    ContractDatabase.empty(dataSource);
  }

  @Override
  protected LoginRecordPort logins() {
    return logins;
  }

  @Override
  protected UserId aUser(String name) {
    return ContractDatabase.user(users, name);
  }

  @Override
  protected NotificationPort notifications() {
    return notifications;
  }
}
