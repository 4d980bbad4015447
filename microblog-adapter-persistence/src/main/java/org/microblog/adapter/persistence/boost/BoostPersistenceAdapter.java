package org.microblog.adapter.persistence.boost;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import org.microblog.adapter.persistence.support.PostCounts;
import org.microblog.application.port.out.post.BoostPort;
import org.microblog.domain.post.Boost;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Boosts as rows of {@code posts} that point at the post they share (V8), so that they take their
 * ids from the posts' identity; {@code posts.boost_count} and the booster's post count ({@link
 * PostCounts}: boosts count as in Mastodon's {@code statuses_count}) move with them in one
 * transaction, only when a row really came or went, as {@code like_count} does. The UPDATE's row
 * lock orders concurrent boosts of one post.
 */
@Singleton
public class BoostPersistenceAdapter implements BoostPort {
  /** A boost of a live post only; the unique key (author_id, boost_of_id) keeps one per person. */
  private static final String INSERT =
      "INSERT INTO posts (author_id, body, published_at, boost_of_id)"
          + " SELECT ?, '', ?, id FROM posts WHERE id = ? AND deleted = FALSE"
          + " AND boost_of_id IS NULL ON CONFLICT DO NOTHING";

  private static final String DELETE = "DELETE FROM posts WHERE author_id = ? AND boost_of_id = ?";
  private static final String COUNT_UP =
      "UPDATE posts SET boost_count = boost_count + 1 WHERE id = ?";
  private static final String COUNT_DOWN =
      "UPDATE posts SET boost_count = boost_count - 1 WHERE id = ?";

  private final JdbcOperations jdbc;

  BoostPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public boolean boost(Boost boost) {
    return jdbc.execute(
        connection -> {
          int stored;
          try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, boost.booster().value());
            insert.setObject(2, boost.boostedAt().atOffset(ZoneOffset.UTC));
            insert.setLong(3, boost.postId().value());
            stored = insert.executeUpdate();
          }
          if (stored == 1) {
            count(connection, COUNT_UP, boost.postId());
            PostCounts.counted(connection, boost.booster().value(), boost.boostedAt());
          }
          return stored == 1;
        });
  }

  @Override
  @Transactional
  public void unboost(UserId booster, PostId post) {
    jdbc.execute(
        connection -> {
          int removed;
          try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setLong(1, booster.value());
            delete.setLong(2, post.value());
            removed = delete.executeUpdate();
          }
          if (removed == 1) {
            count(connection, COUNT_DOWN, post);
            PostCounts.uncounted(connection, booster.value());
          }
          return null;
        });
  }

  private static void count(java.sql.Connection connection, String sql, PostId post)
      throws java.sql.SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setLong(1, post.value());
      update.executeUpdate();
    }
  }
}
