package org.microblog.adapter.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.microblog.adapter.persistence.user.UserPersistenceAdapter;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** What the port contracts need from a real database: empty tables and accounts to refer to. */
final class ContractDatabase {
  private static final Instant JOINED = Instant.parse("2024-05-01T10:15:30.123456Z");

  private ContractDatabase() {}

  /** Deletes every row, children first, through a connection of the test's own. */
  static void empty(DataSource dataSource) throws SQLException {
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        Statement statement = connection.createStatement()) {
      for (String table :
          new String[] {
            "recovery_codes",
            "two_factor",
            "logins",
            "notifications",
            "account_mails",
            "account_tokens",
            "follows",
            "posts",
            "users"
          }) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    }
  }

  static UserId user(UserPersistenceAdapter users, String name) {
    return users
        .insert(
            new NewUser(
                new Username(name),
                new EmailAddress(name + "@example.org"),
                new PasswordHash("hash-of-" + name),
                JOINED))
        .id();
  }
}
