package org.microblog.adapter.persistence.like;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.microblog.application.port.out.post.LikePort;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

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
  private static final String LIKED_AMONG =
      "SELECT post_id FROM likes WHERE user_id = ? AND post_id IN (";

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

  @Override
  public Set<PostId> likedAmong(UserId liker, Collection<PostId> posts) {
    List<PostId> ids = List.copyOf(posts);
    if (ids.isEmpty()) {
      return Set.of();
    }
    String sql = LIKED_AMONG + "?, ".repeat(ids.size() - 1) + "?)";
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, liker.value());
            for (int i = 0; i < ids.size(); i++) {
              statement.setLong(i + 2, ids.get(i).value());
            }
            Set<PostId> liked = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                liked.add(new PostId(rows.getLong(1)));
              }
            }
            return Set.copyOf(liked);
          }
        });
  }

  private static int update(Connection connection, String sql, long... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setLong(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }
}
