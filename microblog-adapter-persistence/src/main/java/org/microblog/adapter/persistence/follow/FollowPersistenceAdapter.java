package org.microblog.adapter.persistence.follow;

import static org.microblog.adapter.persistence.support.Updates.update;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.UserId;

/**
 * Who follows whom, in {@code follows}, and the two people's stored counts ({@code
 * users.follower_count}, {@code users.following_count}) with it in one transaction. The counts move
 * only when a row really came or went, so following or unfollowing twice changes nothing. One
 * UPDATE moves both people's counts, so two people following each other at the same moment lock
 * their rows in the same (index) order and cannot deadlock.
 */
@Singleton
public class FollowPersistenceAdapter implements FollowPort {
  private static final String INSERT =
      "INSERT INTO follows (follower_id, followed_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
  private static final String DELETE =
      "DELETE FROM follows WHERE follower_id = ? AND followed_id = ?";
  private static final String MOVE_COUNTS =
      "UPDATE users SET"
          + " follower_count = follower_count + CASE WHEN id = ? THEN ? ELSE 0 END,"
          + " following_count = following_count + CASE WHEN id = ? THEN ? ELSE 0 END"
          + " WHERE id IN (?, ?)";

  private static final String FOLLOWEES =
      "SELECT followed_id FROM follows WHERE follower_id = ? FETCH FIRST ? ROWS ONLY";

  private final JdbcOperations jdbc;

  FollowPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void follow(Follow follow) {
    change(follow, INSERT, 1);
  }

  @Override
  @Transactional
  public void unfollow(Follow follow) {
    change(follow, DELETE, -1);
  }

  @Override
  public List<UserId> followees(UserId follower, int limit) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(FOLLOWEES)) {
            statement.setLong(1, follower.value());
            statement.setInt(2, limit);
            List<UserId> followees = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                followees.add(new UserId(rows.getLong(1)));
              }
            }
            return followees;
          }
        });
  }

  private void change(Follow follow, String change, int step) {
    long follower = follow.follower().value();
    long followed = follow.followed().value();
    jdbc.execute(
        connection -> {
          if (update(connection, change, follower, followed) == 1) {
            update(connection, MOVE_COUNTS, followed, step, follower, step, followed, follower);
          }
          return null;
        });
  }
}
