package org.microblog.adapter.persistence.post;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Rows of {@code posts}, one at a time. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostRepository extends GenericRepository<PostEntity, Long> {

  PostEntity save(PostEntity post);

  Optional<PostEntity> findById(Long id);

  Optional<PostEntity> findByAuthorIdAndFormToken(long authorId, String formToken);

  void deleteById(Long id);

  /**
   * Empties and marks the post deleted when it has replies, which keep their place under it.
   *
   * @return 1 when it became a tombstone, 0 when it has no replies (or does not exist)
   */
  @Query(
      """
      UPDATE posts SET deleted = TRUE, body = '', spoiler = ''
      WHERE id = :id AND EXISTS (SELECT 1 FROM posts r WHERE r.in_reply_to_id = :id)
      """)
  int tombstoneIfAnswered(long id);

  /** Nothing a deleted post said is kept, even when it stays as a tombstone. */
  @Query("DELETE FROM post_versions WHERE post_id = :id")
  int deleteVersions(long id);

  /** One author's posts, newest first, by {@code ix_posts_author_id_id}. */
  List<PostEntity> findByAuthorIdOrderByIdDesc(long authorId);
}
