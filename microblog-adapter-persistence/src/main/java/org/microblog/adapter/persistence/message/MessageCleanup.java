package org.microblog.adapter.persistence.message;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;

/**
 * What deleting an account does to messages, for the adapter that deletes it (inside its
 * transaction): the unread messages it sent leave their recipients' stored totals. The rows, both
 * ways, and every conversation line naming it go with the account's row (ON DELETE CASCADE).
 */
@Singleton
public class MessageCleanup {
  private final JdbcOperations jdbc;

  MessageCleanup(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  public void byAccount(long userId) {
    jdbc.execute(
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(MessageSql.UNCOUNT_PARTNER)) {
            statement.setLong(1, userId);
            statement.setLong(2, userId);
            return statement.executeUpdate();
          }
        });
  }
}
