package org.microblog.adapter.persistence.support;

import static org.microblog.adapter.persistence.support.Updates.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The stored post counts of accounts ({@code users.post_count}, {@code users.last_post_at}, V21),
 * moved by the post and boost adapters inside the transaction that adds or removes a row of {@code
 * posts}: posts, replies and boosts count (as in Mastodon's {@code statuses_count}); tombstones do
 * not. The time of the last post only moves forward.
 */
public final class PostCounts {
  private static final String COUNT =
      "UPDATE users SET post_count = post_count + 1, last_post_at = CASE"
          + " WHEN last_post_at IS NULL OR last_post_at < ? THEN ? ELSE last_post_at END"
          + " WHERE id = ?";
  private static final String UNCOUNT = "UPDATE users SET post_count = post_count - 1 WHERE id = ?";

  /** One boost per person and post (uq_posts_author_boost_of): each booster loses one. */
  private static final String UNCOUNT_BOOSTERS =
      "UPDATE users SET post_count = post_count - 1"
          + " WHERE id IN (SELECT author_id FROM posts WHERE boost_of_id = ?)";

  private PostCounts() {}

  /** The author wrote or boosted something at {@code at}. */
  public static void counted(Connection connection, long author, Instant at) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(COUNT)) {
      statement.setObject(1, at.atOffset(ZoneOffset.UTC));
      statement.setObject(2, at.atOffset(ZoneOffset.UTC));
      statement.setLong(3, author);
      statement.executeUpdate();
    }
  }

  /** One of the author's posts or boosts went (or became a tombstone). */
  public static void uncounted(Connection connection, long author) throws SQLException {
    update(connection, UNCOUNT, author);
  }

  /** The boosts of {@code post} are about to go: their boosters each have one fewer. */
  public static void uncountBoostersOf(Connection connection, long post) throws SQLException {
    update(connection, UNCOUNT_BOOSTERS, post);
  }
}
