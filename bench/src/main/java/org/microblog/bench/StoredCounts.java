package org.microblog.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The counts the app stores beside its rows (V8, V9, V11, V21), set by the seeder once every row is
 * in.
 */
final class StoredCounts {
  private static final List<String> STORED_COUNTS =
      List.of(
          "UPDATE users SET"
              + " follower_count = (SELECT COUNT(*) FROM follows f WHERE f.followed_id = users.id),"
              + " following_count = (SELECT COUNT(*) FROM follows f WHERE f.follower_id = users.id),"
              + " unread_notifications ="
              + " (SELECT COUNT(*) FROM notifications n WHERE n.recipient_id = users.id),"
              + " post_count ="
              + " (SELECT COUNT(*) FROM posts p WHERE p.author_id = users.id AND p.deleted = FALSE),"
              + " last_post_at = (SELECT MAX(p.published_at) FROM posts p"
              + " WHERE p.author_id = users.id AND p.deleted = FALSE)",
          "UPDATE posts SET reply_count = (SELECT COUNT(*) FROM posts r WHERE r.in_reply_to_id ="
              + " posts.id) WHERE id IN (SELECT in_reply_to_id FROM posts WHERE in_reply_to_id IS"
              + " NOT NULL)",
          "UPDATE posts SET boost_count = (SELECT COUNT(*) FROM posts b WHERE b.boost_of_id ="
              + " posts.id) WHERE id IN (SELECT boost_of_id FROM posts WHERE boost_of_id IS NOT"
              + " NULL)");

  private StoredCounts() {}

  static void set(Connection connection) throws SQLException {
    try (Statement update = connection.createStatement()) {
      for (String sql : STORED_COUNTS) {
        update.executeUpdate(sql);
      }
    }
    connection.commit();
  }
}
