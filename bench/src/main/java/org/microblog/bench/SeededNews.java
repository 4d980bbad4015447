package org.microblog.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What the seeder adds around the posts so that the tag and notifications pages have something to
 * show, written as the app would have written it.
 */
final class SeededNews {
  private SeededNews() {}

  /**
   * What the notifications page lists: everyone is told of each follower ("followed") and the
   * thread's author of each reply by someone else ("replied"), all unread.
   */
  static void insertNotifications(Connection connection) throws SQLException {
    try (Statement insert = connection.createStatement()) {
      insert.executeUpdate(
          "INSERT INTO notifications (recipient_id, actor_id, kind, post_id, post_key, created_at)"
              + " SELECT followed_id, follower_id, 'FOLLOWED', NULL, 0, created_at FROM follows");
      insert.executeUpdate(
          "INSERT INTO notifications (recipient_id, actor_id, kind, post_id, post_key, created_at)"
              + " SELECT p.author_id, r.author_id, 'REPLIED', r.id, r.id, r.published_at"
              + " FROM posts r JOIN posts p ON p.id = r.in_reply_to_id"
              + " WHERE r.author_id <> p.author_id ORDER BY r.id");
    }
    connection.commit();
  }

  /** Files the posts under the tag, as publishing them would have. */
  static void fileUnder(Connection connection, String tagKey, List<Long> tagged)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO post_tags (tag_key, post_id) VALUES (?, ?)")) {
      for (long post : tagged) {
        insert.setString(1, tagKey);
        insert.setLong(2, post);
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
    }
  }
}
