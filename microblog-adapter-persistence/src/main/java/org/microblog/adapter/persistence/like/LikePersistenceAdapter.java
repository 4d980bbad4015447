package org.microblog.adapter.persistence.like;

import static org.microblog.adapter.persistence.support.Updates.update;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.microblog.application.port.out.post.LikePort;
import org.microblog.domain.post.Like;

/**
 * Likes in {@code likes}, and {@code posts.like_count} with them in one transaction. The count
 * moves only when a row really came or went, so liking twice counts once; the UPDATE's row lock
 * orders concurrent likes of one post, each adding to the count the one before it left.
 */
@Singleton
public class LikePersistenceAdapter implements LikePort {
  private static final String INSERT =
      "INSERT INTO likes (post_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
  private static final String DELETE = "DELETE FROM likes WHERE post_id = ? AND user_id = ?";
  private static final String COUNT_UP =
      "UPDATE posts SET like_count = like_count + 1 WHERE id = ?";
  private static final String COUNT_DOWN =
      "UPDATE posts SET like_count = like_count - 1 WHERE id = ?";

  private final JdbcOperations jdbc;

  LikePersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void like(Like like) {
    change(like, INSERT, COUNT_UP);
  }

  @Override
  @Transactional
  public void unlike(Like like) {
    change(like, DELETE, COUNT_DOWN);
  }

  private void change(Like like, String change, String count) {
    jdbc.execute(
        connection -> {
          if (update(connection, change, like.postId().value(), like.liker().value()) == 1) {
            update(connection, count, like.postId().value());
          }
          return null;
        });
  }
}
