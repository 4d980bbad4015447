package org.microblog.adapter.persistence.post;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rows of {@code posts}, one at a time. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostRepository extends GenericRepository<PostEntity, Long> {

  PostEntity save(PostEntity post);

  Optional<PostEntity> findById(Long id);

  Optional<PostEntity> findByAuthorIdAndFormToken(long authorId, String formToken);

  /**
   * Lets go of a form token that has outlived its lifetime, so that the unique key lets the same
   * token publish a new post.
   */
  @Query(
      """
      UPDATE posts SET form_token = NULL
      WHERE author_id = :authorId AND form_token = :formToken AND published_at < :before
      """)
  int releaseFormToken(long authorId, String formToken, Instant before);

  /**
   * Deletes a post that is not a tombstone (its likes, boosts and tags go with it, by the foreign
   * keys).
   *
   * @return 1 when it went, 0 when there was no such live post
   */
  @Query("DELETE FROM posts WHERE id = :id AND deleted = FALSE AND boost_of_id IS NULL")
  int deleteLive(long id);

  /**
   * Empties and marks the post deleted when it has replies, which keep their place under it.
   *
   * @return 1 when it became a tombstone, 0 when it has no replies (or is no live post)
   */
  @Query(
      """
      UPDATE posts SET deleted = TRUE, body = '', spoiler = ''
      WHERE id = :id AND deleted = FALSE AND boost_of_id IS NULL
        AND EXISTS (SELECT 1 FROM posts r WHERE r.in_reply_to_id = :id)
      """)
  int tombstoneIfAnswered(long id);

  /** Nothing a deleted post said is kept, even when it stays as a tombstone. */
  @Query("DELETE FROM post_versions WHERE post_id = :id")
  int deleteVersions(long id);

  /**
   * One author's rows (posts, tombstones and boosts), newest first, by {@code
   * ix_posts_author_id_id}.
   */
  List<PostEntity> findByAuthorIdOrderByIdDesc(long authorId);

  /** One slice of an author's live posts older than {@code before}, newest first (an export). */
  @Query(
      """
      SELECT * FROM posts
      WHERE author_id = :authorId AND id < :before AND deleted = FALSE AND boost_of_id IS NULL
      ORDER BY id DESC LIMIT :limit
      """)
  List<PostEntity> findExportSlice(long authorId, long before, int limit);

  @Query(
      "SELECT COUNT(*) FROM posts"
          + " WHERE author_id = :authorId AND deleted = FALSE AND boost_of_id IS NULL")
  long countLiveByAuthor(long authorId);
}
