package org.microblog.adapter.persistence.notification;

import static org.microblog.adapter.persistence.block.BlockSql.visibleTo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.microblog.adapter.persistence.block.BlockSql;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Notifications in {@code notifications}, and {@code users.unread_notifications} with them in one
 * transaction: the count grows only when a row really came (the identity's unique key turns a
 * repeat into nothing), and opening the notifications sets it to the number of newer rows. A page
 * is one keyset statement joined with the actors' names and the recipient's row.
 */
@Singleton
public class NotificationPersistenceAdapter implements NotificationPort {
  // Parameters: recipient, actor, kind, post, post key, time; then recipient, actor, actor,
  // recipient, recipient, actor: nothing is stored across a block or from a person the recipient
  // mutes (primary-key probes), so that a hidden notification is never counted as unread.
  private static final String INSERT =
      "INSERT INTO notifications (recipient_id, actor_id, kind, post_id, post_key, created_at)"
          + " SELECT ?, ?, ?, ?, ?, ? WHERE"
          + " NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ? AND b.blocked_id = ?)"
          + " AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ? AND b.blocked_id = ?)"
          + " AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.muter_id = ? AND m.muted_id = ?)"
          + " ON CONFLICT DO NOTHING";
  private static final String COUNT_UP =
      "UPDATE users SET unread_notifications = unread_notifications + 1 WHERE id = ?";

  /**
   * A page of notifications, newest first; public so that the benchmark's EXPLAIN plans explain
   * this statement. Parameters: recipient, cursor, recipient x3: older notifications from people
   * now across a block or muted are left out. Ends in "LIMIT " for the row count, written in as
   * timelines do.
   */
  public static final String NEWEST = selectWhere("n.id < ?") + " ORDER BY n.id DESC LIMIT ";

  // Parameters: up to, recipient, up to, recipient, up to.
  private static final String MARK_READ =
      "UPDATE users SET notifications_seen_id = ?, unread_notifications ="
          + " (SELECT COUNT(*) FROM notifications n WHERE n.recipient_id = ? AND n.id > ?)"
          + " WHERE id = ? AND notifications_seen_id < ?";
  private static final String UNREAD = "SELECT unread_notifications FROM users WHERE id = ?";

  // Client API (api-people). Parameters: recipient, id, recipient x3.
  private static final String ONE = selectWhere("n.id = ?");
  // Parameters: recipient, id; then the count drops when the row was unread: recipient, id.
  private static final String REMOVE =
      "DELETE FROM notifications WHERE recipient_id = ? AND id = ?";
  private static final String UNCOUNT_ONE =
      "UPDATE users SET unread_notifications = GREATEST(0, unread_notifications - 1)"
          + " WHERE id = ? AND notifications_seen_id < ?";
  private static final String REMOVE_ALL = "DELETE FROM notifications WHERE recipient_id = ?";
  private static final String UNCOUNT_ALL =
      "UPDATE users SET unread_notifications = 0 WHERE id = ?";

  private final JdbcOperations jdbc;

  NotificationPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public boolean add(Notification notification) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            long postKey = notification.postId().map(PostId::value).orElse(0L);
            insert.setLong(1, notification.recipient().value());
            insert.setLong(2, notification.actor().value());
            insert.setString(3, notification.kind().name());
            if (postKey == 0) {
              insert.setNull(4, Types.BIGINT);
            } else {
              insert.setLong(4, postKey);
            }
            insert.setLong(5, postKey);
            insert.setObject(
                6, OffsetDateTime.ofInstant(notification.occurredAt(), ZoneOffset.UTC));
            long recipient = notification.recipient().value();
            long actor = notification.actor().value();
            long[] pairs = {recipient, actor, actor, recipient, recipient, actor};
            for (int i = 0; i < pairs.length; i++) {
              insert.setLong(7 + i, pairs[i]);
            }
            if (insert.executeUpdate() != 1) {
              return false;
            }
          }
          Statements.update(connection, COUNT_UP, notification.recipient().value());
          return true;
        });
  }

  /**
   * The recipient's notifications (first parameter) that match {@code condition} (the next ones),
   * with the actor's name and whether each is unread, less those from people across a block or
   * muted (the recipient three more times).
   */
  private static String selectWhere(String condition) {
    return "SELECT n.id, n.kind, n.actor_id, a.username, n.post_id, n.created_at,"
        + " n.id > r.notifications_seen_id"
        + " FROM notifications n JOIN users a ON a.id = n.actor_id"
        + " JOIN users r ON r.id = n.recipient_id"
        + " WHERE n.recipient_id = ? AND "
        + condition
        + visibleTo("n.actor_id");
  }

  /** {@code AND n.kind IN ('LIKED', ...)}: enum names written in, never a person's text. */
  private static String kindIn(Set<NotificationKind> kinds) {
    return kinds.stream()
        .sorted()
        .map(kind -> "'" + kind.name() + "'")
        .collect(Collectors.joining(", ", " AND n.kind IN (", ")"));
  }

  @Override
  public List<NotificationView> newest(UserId recipient, long beforeId, int max) {
    return newest(recipient, beforeId, max, ALL_KINDS);
  }

  /** With every kind, {@link #NEWEST} itself; with some, the same with {@link #kindIn}. */
  @Override
  public List<NotificationView> newest(
      UserId recipient, long beforeId, int max, Set<NotificationKind> kinds) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    String sql =
        kinds.containsAll(ALL_KINDS)
            ? NEWEST + max
            : selectWhere("n.id < ?" + kindIn(kinds)) + " ORDER BY n.id DESC LIMIT " + max;
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindRecipientAnd(statement, recipient, beforeId);
            try (ResultSet rows = statement.executeQuery()) {
              return read(rows);
            }
          }
        });
  }

  @Override
  public Optional<NotificationView> find(UserId recipient, long id) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(ONE)) {
            bindRecipientAnd(statement, recipient, id);
            try (ResultSet rows = statement.executeQuery()) {
              return read(rows).stream().findFirst();
            }
          }
        });
  }

  /** Recipient, the given id, then the recipient for each of the block filter's probes. */
  private static void bindRecipientAnd(PreparedStatement statement, UserId recipient, long id)
      throws SQLException {
    statement.setLong(1, recipient.value());
    statement.setLong(2, id);
    for (int i = 0; i < BlockSql.PARAMETERS; i++) {
      statement.setLong(3 + i, recipient.value());
    }
  }

  @Override
  @Transactional
  public boolean remove(UserId recipient, long id) {
    long me = recipient.value();
    return jdbc.execute(
        connection -> {
          if (Statements.update(connection, REMOVE, me, id) == 0) {
            return false;
          }
          Statements.update(connection, UNCOUNT_ONE, me, id);
          return true;
        });
  }

  @Override
  @Transactional
  public void removeAll(UserId recipient) {
    long me = recipient.value();
    jdbc.execute(
        connection -> {
          Statements.update(connection, REMOVE_ALL, me);
          return Statements.update(connection, UNCOUNT_ALL, me);
        });
  }

  private static List<NotificationView> read(ResultSet rows) throws SQLException {
    List<NotificationView> views = new ArrayList<>();
    while (rows.next()) {
      long post = rows.getLong(5);
      Optional<PostId> about = rows.wasNull() ? Optional.empty() : Optional.of(new PostId(post));
      views.add(
          new NotificationView(
              rows.getLong(1),
              NotificationKind.valueOf(rows.getString(2)),
              new UserId(rows.getLong(3)),
              new Username(rows.getString(4)),
              about,
              rows.getObject(6, OffsetDateTime.class).toInstant(),
              rows.getBoolean(7)));
    }
    return views;
  }

  @Override
  public void markReadUpTo(UserId recipient, long upToId) {
    long id = recipient.value();
    jdbc.execute(
        connection -> Statements.update(connection, MARK_READ, upToId, id, upToId, id, upToId));
  }

  @Override
  public long unreadCount(UserId recipient) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(UNREAD)) {
            statement.setLong(1, recipient.value());
            try (ResultSet row = statement.executeQuery()) {
              return row.next() ? row.getLong(1) : 0L;
            }
          }
        });
  }
}
