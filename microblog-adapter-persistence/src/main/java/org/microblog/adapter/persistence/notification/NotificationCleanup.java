package org.microblog.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/**
 * What deleting a post or an account does to notifications, for the adapters that delete them
 * (inside their transactions): the unread ones leave their recipients' stored counts, then the rows
 * go. The foreign keys' ON DELETE CASCADE would remove the rows too, but not the counts.
 */
@Singleton
public class NotificationCleanup {
  private static final String UNCOUNT =
      "UPDATE users SET unread_notifications = GREATEST(0, unread_notifications - ("
          + "SELECT COUNT(*) FROM notifications n WHERE n.recipient_id = users.id"
          + " AND n.%1$s = ? AND n.id > users.notifications_seen_id))"
          + " WHERE id IN (SELECT n.recipient_id FROM notifications n WHERE n.%1$s = ?)";
  private static final String UNCOUNT_ABOUT_POST = UNCOUNT.formatted("post_id");
  private static final String UNCOUNT_BY_ACTOR = UNCOUNT.formatted("actor_id");
  private static final String DELETE_ABOUT_POST = "DELETE FROM notifications WHERE post_id = ?";

  private final JdbcOperations jdbc;

  NotificationCleanup(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The post is being deleted (or made a tombstone): its notifications go. */
  public void aboutPost(long postId) {
    jdbc.execute(
        connection -> {
          Statements.update(connection, UNCOUNT_ABOUT_POST, postId, postId);
          return Statements.update(connection, DELETE_ABOUT_POST, postId);
        });
  }

  /**
   * The account is being deleted: what it did leaves others' counts. Its rows, both ways, go with
   * the account's row (ON DELETE CASCADE); what it was told goes with its own count.
   */
  public void byAccount(long userId) {
    jdbc.execute(connection -> Statements.update(connection, UNCOUNT_BY_ACTOR, userId, userId));
  }
}
