package org.microblog.adapter.persistence.post;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/**
 * Keyset slices of post lists, each one statement joined with the authors (no query per post) and
 * bounded by {@code :max}. The cursor is a post id: {@code OLDER} reads the primary key (or {@code
 * ix_posts_author_id_id}) downwards from it, {@code NEWER} upwards, so a deep page costs what the
 * first one does. A direction needs its own statement because ORDER BY cannot be bound.
 */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TimelineRepository extends GenericRepository<PostEntity, Long> {

  String SELECT =
      "SELECT p.id, p.author_id, u.username AS author_name, p.body, p.published_at"
          + " FROM posts p JOIN users u ON u.id = p.author_id";
  String OLDER_THAN_CURSOR = " WHERE p.id < :cursor";
  String NEWER_THAN_CURSOR = " WHERE p.id > :cursor";
  String BY_READER_OR_FOLLOWED =
      " AND (p.author_id = :reader"
          + " OR p.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = :reader))";
  String BY_AUTHOR = " AND p.author_id = :author";
  String NEWEST_FIRST = " ORDER BY p.id DESC LIMIT :max";
  String OLDEST_FIRST = " ORDER BY p.id ASC LIMIT :max";

  @Query(SELECT + OLDER_THAN_CURSOR + BY_READER_OR_FOLLOWED + NEWEST_FIRST)
  List<PostRow> homeOlder(long reader, long cursor, int max);

  @Query(SELECT + NEWER_THAN_CURSOR + BY_READER_OR_FOLLOWED + OLDEST_FIRST)
  List<PostRow> homeNewer(long reader, long cursor, int max);

  @Query(SELECT + OLDER_THAN_CURSOR + NEWEST_FIRST)
  List<PostRow> exploreOlder(long cursor, int max);

  @Query(SELECT + NEWER_THAN_CURSOR + OLDEST_FIRST)
  List<PostRow> exploreNewer(long cursor, int max);

  @Query(SELECT + OLDER_THAN_CURSOR + BY_AUTHOR + NEWEST_FIRST)
  List<PostRow> byAuthorOlder(long author, long cursor, int max);

  @Query(SELECT + NEWER_THAN_CURSOR + BY_AUTHOR + OLDEST_FIRST)
  List<PostRow> byAuthorNewer(long author, long cursor, int max);
}
