package org.microblog.adapter.persistence.user;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.microblog.application.port.in.post.MentionedAccount;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Which mentioned names belong to accounts, with the blocks each has with a page's authors, in one
 * statement: the names by {@code uq_users_username_key}, each joined to the rows of {@code blocks}
 * between it and one of the authors, either way (primary key and {@code ix_blocks_blocked_id}).
 * Array parameters keep one SQL text for any number of names and authors.
 */
@Singleton
final class MentionedAccounts {
  // Parameters: authors, authors (arrays), names (an array of username keys).
  private static final String EXISTING =
      "SELECT u.id, u.username_key, b.blocker_id, b.blocked_id, u.username FROM users u"
          + " LEFT JOIN blocks b ON (b.blocked_id = u.id AND b.blocker_id = ANY (?))"
          + " OR (b.blocker_id = u.id AND b.blocked_id = ANY (?))"
          + " WHERE u.username_key = ANY (?)";

  private final JdbcOperations jdbc;

  MentionedAccounts(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, MentionedAccount> existing(Collection<Username> names, Collection<UserId> authors) {
    String[] keys = names.stream().map(Username::canonical).distinct().toArray(String[]::new);
    if (keys.length == 0) {
      return Map.of();
    }
    Long[] ids = authors.stream().map(UserId::value).distinct().toArray(Long[]::new);
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(EXISTING)) {
            statement.setArray(1, connection.createArrayOf("BIGINT", ids));
            statement.setArray(2, connection.createArrayOf("BIGINT", ids));
            statement.setArray(3, connection.createArrayOf("VARCHAR", keys));
            Map<String, Set<UserId>> blocks = new HashMap<>();
            Map<String, Account> accounts = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                long account = rows.getLong(1);
                String key = rows.getString(2);
                accounts.putIfAbsent(key, new Account(account, rows.getString(5)));
                Set<UserId> blocked = blocks.computeIfAbsent(key, k -> new HashSet<>());
                long blocker = rows.getLong(3);
                if (!rows.wasNull()) {
                  long blockedId = rows.getLong(4);
                  blocked.add(new UserId(blocker == account ? blockedId : blocker));
                }
              }
            }
            Map<String, MentionedAccount> existing = new HashMap<>();
            accounts.forEach(
                (key, account) ->
                    existing.put(
                        key,
                        new MentionedAccount(
                            new UserId(account.id()),
                            new Username(account.username()),
                            blocks.get(key))));
            return existing;
          }
        });
  }

  /** One account's row, read once however many blocks it has. */
  private record Account(long id, String username) {}
}
