package org.microblog.adapter.persistence.like;

import static org.microblog.adapter.persistence.block.BlockSql.visibleTo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.block.BlockSql;
import org.microblog.adapter.persistence.support.PersonColumns;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.out.user.LikersAndBoostersPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * A post's likers and boosters, each page one range of an index joined to the people by primary
 * key: likers by {@code pk_likes (post_id, user_id)}, positioned by account id (a like has no id of
 * its own); boosters by {@code ix_posts_boost_of_id_id (boost_of_id, id)}, positioned by the
 * boost's id, so newest boost first. A logged-in viewer's pages add {@link BlockSql#visibleTo}.
 */
@Singleton
public class LikersAndBoostersPersistenceAdapter implements LikersAndBoostersPort {
  // Parameters: the post, the cursor (then the viewer, three times). Each ends in "LIMIT ".
  private static final String LIKERS =
      "SELECT l.user_id, "
          + PersonColumns.COLUMNS
          + " FROM likes l JOIN users u ON u.id = l.user_id WHERE l.post_id = ?";
  private static final String BOOSTERS =
      "SELECT b.id, "
          + PersonColumns.COLUMNS
          + " FROM posts b JOIN users u ON u.id = b.author_id WHERE b.boost_of_id = ?";

  private final JdbcOperations jdbc;

  LikersAndBoostersPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<FollowListEntry> likers(PostId post, Optional<UserId> viewer, PageRequest page) {
    return list(LIKERS, "l.user_id", post, viewer, page);
  }

  @Override
  public List<FollowListEntry> boosters(PostId post, Optional<UserId> viewer, PageRequest page) {
    return list(BOOSTERS, "b.id", post, viewer, page);
  }

  private List<FollowListEntry> list(
      String select, String position, PostId post, Optional<UserId> viewer, PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    String sql =
        select
            + " AND "
            + position
            + (older ? " < ?" : " > ?")
            + (viewer.isPresent() ? visibleTo("u.id") : "")
            + " ORDER BY "
            + position
            + (older ? " DESC" : " ASC")
            + " LIMIT "
            + page.fetchSize();
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, post.value());
            statement.setLong(2, page.cursor());
            if (viewer.isPresent()) {
              for (int i = 0; i < BlockSql.PARAMETERS; i++) {
                statement.setLong(3 + i, viewer.get().value());
              }
            }
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
