package org.microblog.adapter.persistence.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * The columns of a person in a list of people (followers, likers, boosters) and their reading: the
 * account of {@code users u} with its stored counts (V11, V21), as anyone sees it. A list selects
 * its position first and then {@link #COLUMNS}.
 */
public final class PersonColumns {
  /** Nine columns, to follow the list's position (column 1). */
  public static final String COLUMNS =
      "u.id, u.username, u.about, u.member_since, u.last_seen, u.follower_count,"
          + " u.following_count, u.post_count, u.last_post_at";

  private PersonColumns() {}

  /** The person of the current row, whose {@link #COLUMNS} start at column 2. */
  public static ProfileView person(ResultSet rows) throws SQLException {
    return new ProfileView(
        new UserId(rows.getLong(2)),
        new Username(rows.getString(3)),
        new AboutMe(rows.getString(4)),
        rows.getObject(5, OffsetDateTime.class).toInstant(),
        rows.getObject(6, OffsetDateTime.class).toInstant(),
        rows.getLong(7),
        rows.getLong(8),
        rows.getLong(9),
        Optional.ofNullable(rows.getObject(10, OffsetDateTime.class))
            .map(OffsetDateTime::toInstant),
        false,
        Relation.NONE);
  }
}
