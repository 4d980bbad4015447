package org.microblog.adapter.persistence.follow;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.microblog.adapter.persistence.support.PersonColumns;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.out.user.FollowListPort;
import org.microblog.domain.user.UserId;

/**
 * Follow lists, each page one range of {@code ix_follows_followed_id_id} (followers) or {@code
 * ix_follows_follower_id_id} (followed accounts) joined to the people by primary key, with their
 * stored counts (V11, V18, V21).
 */
@Singleton
public class FollowListPersistenceAdapter implements FollowListPort {
  private static final String PERSON =
      "SELECT f.id, " + PersonColumns.COLUMNS + " FROM follows f JOIN users u ON u.id = ";
  // Parameters: the listed user, the cursor. Each ends in "LIMIT ", for the row count.
  private static final String FOLLOWERS = PERSON + "f.follower_id WHERE f.followed_id = ?";
  private static final String FOLLOWING = PERSON + "f.followed_id WHERE f.follower_id = ?";
  private static final String OLDER = " AND f.id < ? ORDER BY f.id DESC LIMIT ";
  private static final String NEWER = " AND f.id > ? ORDER BY f.id ASC LIMIT ";

  private final JdbcOperations jdbc;

  FollowListPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<FollowListEntry> followers(UserId user, PageRequest page) {
    return list(FOLLOWERS, user, page);
  }

  @Override
  public List<FollowListEntry> following(UserId user, PageRequest page) {
    return list(FOLLOWING, user, page);
  }

  private List<FollowListEntry> list(String list, UserId user, PageRequest page) {
    String side = page.direction() == PageRequest.Direction.OLDER ? OLDER : NEWER;
    String sql = list + side + page.fetchSize();
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, user.value());
            statement.setLong(2, page.cursor());
            List<FollowListEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                entries.add(new FollowListEntry(rows.getLong(1), PersonColumns.person(rows)));
              }
            }
            return entries;
          }
        });
  }
}
