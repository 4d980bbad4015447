package org.microblog.adapter.persistence.post;

import static org.microblog.adapter.persistence.post.TimelineSql.BY_AUTHOR_NEWER;
import static org.microblog.adapter.persistence.post.TimelineSql.BY_AUTHOR_OLDER;
import static org.microblog.adapter.persistence.post.TimelineSql.EXPLORE_NEWER;
import static org.microblog.adapter.persistence.post.TimelineSql.EXPLORE_NEWER_SEEN_BY;
import static org.microblog.adapter.persistence.post.TimelineSql.EXPLORE_OLDER;
import static org.microblog.adapter.persistence.post.TimelineSql.EXPLORE_OLDER_SEEN_BY;
import static org.microblog.adapter.persistence.post.TimelineSql.HOME_NEWER;
import static org.microblog.adapter.persistence.post.TimelineSql.HOME_OLDER;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keyset slices of post lists, each one statement joined with the authors (no query per post) and
 * bounded by a row limit. The cursor is a post id (for home timelines, an entry's id: a post's or a
 * boost's): {@code OLDER} reads the primary key (or {@code ix_posts_author_id_id}, or {@code
 * pk_post_tags}) downwards from it, {@code NEWER} upwards, so a deep page costs what the first one
 * does. A direction needs its own statement because ORDER BY cannot be bound.
 *
 * <p>The row limit is written into the statement (a number from {@link
 * org.microblog.application.port.in.timeline.PageRequest}, never text), not bound. Bound, it left
 * PostgreSQL's plan cache unable to price a generic plan, so it planned every execution afresh:
 * half of the database's CPU per page (pgbench, explore query: 15,500 statements/s bound, 31,000
 * written in). Each page size is one more prepared statement per connection.
 *
 * <p>Rows are read by {@link PostRowQueries}. Tombstones (deleted posts kept for their replies) are
 * left out.
 */
@Singleton
class TimelineQueries {
  private final PostRowQueries queries;

  TimelineQueries(PostRowQueries queries) {
    this.queries = queries;
  }

  List<TimelineRow> home(long reader, long cursor, boolean older, int max) {
    String sql = (older ? HOME_OLDER : HOME_NEWER) + max;
    return queries.entries(sql, withReader(sql, reader, cursor));
  }

  List<PostRow> explore(Optional<Long> viewer, long cursor, boolean older, int max) {
    if (viewer.isEmpty()) {
      return queries.rows((older ? EXPLORE_OLDER : EXPLORE_NEWER) + max, cursor);
    }
    String sql = (older ? EXPLORE_OLDER_SEEN_BY : EXPLORE_NEWER_SEEN_BY) + max;
    return queries.rows(sql, withReader(sql, viewer.get(), cursor));
  }

  List<PostRow> byAuthor(long author, long cursor, boolean older, int max) {
    return queries.rows((older ? BY_AUTHOR_OLDER : BY_AUTHOR_NEWER) + max, cursor, author);
  }

  List<PostRow> tagged(String tagKey, Optional<Long> viewer, long cursor, boolean older, int max) {
    if (viewer.isEmpty()) {
      return queries.rows(TimelineSql.tagged(older, max), tagKey, cursor);
    }
    String sql = TimelineSql.taggedSeenBy(older, max);
    return queries.rows(sql, withReader(sql, viewer.get(), tagKey, cursor));
  }

  /** The leading parameters, then the reader for every other placeholder of {@code sql}. */
  static Object[] withReader(String sql, long reader, Object... leading) {
    Object[] parameters = new Object[(int) sql.chars().filter(c -> c == '?').count()];
    Arrays.fill(parameters, reader);
    System.arraycopy(leading, 0, parameters, 0, leading.length);
    return parameters;
  }
}
