package org.microblog.adapter.persistence.follow;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Rows of {@code follows}; both writes are idempotent single statements. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FollowRepository extends GenericRepository<FollowEntity, FollowKey> {

  /**
   * Inserts the pair unless it is there already: portable SQL (no ON CONFLICT, no MERGE). The casts
   * give the selected parameters a type, which H2 needs to prepare the statement.
   *
   * @return 1 when inserted, 0 when the pair existed
   */
  @Query(
      """
      INSERT INTO follows (follower_id, followed_id)
      SELECT CAST(:followerId AS BIGINT), CAST(:followedId AS BIGINT)
      WHERE NOT EXISTS (SELECT 1 FROM follows
                        WHERE follower_id = :followerId AND followed_id = :followedId)
      """)
  int insertIfAbsent(long followerId, long followedId);

  @Query("DELETE FROM follows WHERE follower_id = :followerId AND followed_id = :followedId")
  int delete(long followerId, long followedId);
}
