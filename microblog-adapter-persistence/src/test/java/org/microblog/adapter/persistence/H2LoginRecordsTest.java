package org.microblog.adapter.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.microblog.adapter.persistence.login.LoginPersistenceAdapter;
import org.microblog.adapter.persistence.user.UserPersistenceAdapter;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** The login-record contract on the in-memory H2 of {@code application-test.yml}. */
@MicronautTest(transactional = false)
class H2LoginRecordsTest extends LoginRecordPortContract {
  @Inject LoginPersistenceAdapter logins;
  @Inject UserPersistenceAdapter users;
  @Inject DataSource dataSource;

  @BeforeEach
  void emptyTables() throws SQLException {
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM logins");
      statement.executeUpdate("DELETE FROM account_mails");
      statement.executeUpdate("DELETE FROM account_tokens");
      statement.executeUpdate("DELETE FROM follows");
      statement.executeUpdate("DELETE FROM posts");
      statement.executeUpdate("DELETE FROM users");
    }
  }

  @Override
  protected LoginRecordPort logins() {
    return logins;
  }

  @Override
  protected UserId aUser(String name) {
    return users
        .insert(
            new NewUser(
                new Username(name),
                new EmailAddress(name + "@example.org"),
                new PasswordHash("hash-of-" + name),
                T0))
        .id();
  }
}
