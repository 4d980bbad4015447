package org.microblog.adapter.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Rows of {@code users}.
 *
 * <p>Why {@code Dialect.POSTGRES} on every repository of this module, whatever the database:
 * Micronaut Data writes the SQL of derived methods ({@code save}, {@code findBy...}) at compile
 * time for the dialect named here, and its runtime query builder takes the dialect from the same
 * annotation. The runtime setting {@code datasources.*.dialect} does not change that SQL (it only
 * picks SQL types for null parameters and drives schema generation, which Flyway replaces here).
 * PostgreSQL is the production database, and H2 with {@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}
 * accepts the same statements (quoted lower-case identifiers included), as the tests on both show.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends GenericRepository<UserEntity, Long> {

  UserEntity save(UserEntity user);

  Optional<UserEntity> findById(Long id);

  Optional<UserEntity> findByUsernameKey(String usernameKey);

  Optional<UserEntity> findByEmailKey(String emailKey);

  @Query("UPDATE users SET password_hash = :passwordHash WHERE id = :id")
  int changePassword(long id, String passwordHash);

  @Query(
      "UPDATE users SET email = :email, email_key = :emailKey, email_verified = :verified"
          + " WHERE id = :id")
  int changeEmail(long id, String email, String emailKey, boolean verified);

  /** The likes an account gave leave the counts of the posts they were given to. */
  @Query(
      "UPDATE posts SET like_count = like_count - 1"
          + " WHERE id IN (SELECT post_id FROM likes WHERE user_id = :id)")
  int uncountLikesOf(long id);

  /** The people an account followed lose it as a follower. */
  @Query(
      "UPDATE users SET follower_count = follower_count - 1"
          + " WHERE id IN (SELECT followed_id FROM follows WHERE follower_id = :id)")
  int uncountFollowingOf(long id);

  /** The people who followed an account follow one person fewer. */
  @Query(
      "UPDATE users SET following_count = following_count - 1"
          + " WHERE id IN (SELECT follower_id FROM follows WHERE followed_id = :id)")
  int uncountFollowersOf(long id);

  /** The boosts an account made leave the counts of the posts it boosted (one per post). */
  @Query(
      "UPDATE posts SET boost_count = boost_count - 1"
          + " WHERE id IN (SELECT boost_of_id FROM posts WHERE author_id = :id)")
  int uncountBoostsOf(long id);

  /**
   * Other people's boosts of an account's posts go with those posts: each booster has as many posts
   * fewer (V21).
   */
  @Query(
      """
      UPDATE users SET post_count = post_count
          - (SELECT COUNT(*) FROM posts b JOIN posts p ON p.id = b.boost_of_id
             WHERE p.author_id = :id AND b.author_id = users.id)
      WHERE id <> :id AND id IN (SELECT b.author_id FROM posts b JOIN posts p ON p.id = b.boost_of_id
                                 WHERE p.author_id = :id)
      """)
  int uncountBoostsOfPostsOf(long id);

  /** The replies an account wrote leave the counts of the posts they answer. */
  @Query(
      """
      UPDATE posts SET reply_count = reply_count
          - (SELECT COUNT(*) FROM posts r
             WHERE r.in_reply_to_id = posts.id AND r.author_id = :id AND r.deleted = FALSE)
      WHERE id IN (SELECT in_reply_to_id FROM posts WHERE author_id = :id AND deleted = FALSE)
      """)
  int uncountRepliesOf(long id);

  /** The accounts these lower-case names belong to: one statement for a post's mentions. */
  @Query("SELECT id FROM users WHERE username_key IN (:keys)")
  List<Long> idsOfUsernameKeys(List<String> keys);

  /** Posts, follows, tokens and mail records go with the row (ON DELETE CASCADE). */
  @Query("DELETE FROM users WHERE id = :id")
  int deleteAccount(long id);

  @Query(
      "UPDATE users SET username = :username, username_key = :usernameKey, about = :about,"
          + " posts_findable = :postsFindable WHERE id = :id")
  int updateProfile(
      long id, String username, String usernameKey, String about, boolean postsFindable);

  @Query("UPDATE users SET language = :language WHERE id = :id")
  int updateLanguage(long id, @Nullable String language);

  /** As {@link org.microblog.domain.user.User#seenAt}: only a later time is written. */
  @Query("UPDATE users SET last_seen = :seenAt WHERE id = :id AND last_seen < :seenAt")
  int recordLastSeen(long id, Instant seenAt);

  /**
   * One statement: the user with the stored counts and, by primary-key subqueries, the viewer's
   * follow, blocks both ways and mute (a null viewer matches no row).
   */
  @Query(
      """
      SELECT u.id, u.username, u.about, u.member_since, u.last_seen,
             u.follower_count AS followers, u.following_count AS following,
             u.post_count AS posts, u.last_post_at,
             EXISTS (SELECT 1 FROM follows f
                     WHERE f.follower_id = :viewerId AND f.followed_id = u.id) AS viewer_follows,
             EXISTS (SELECT 1 FROM blocks b
                     WHERE b.blocker_id = :viewerId AND b.blocked_id = u.id) AS viewer_blocks,
             EXISTS (SELECT 1 FROM blocks b
                     WHERE b.blocker_id = u.id AND b.blocked_id = :viewerId) AS blocks_viewer,
             EXISTS (SELECT 1 FROM mutes m
                     WHERE m.muter_id = :viewerId AND m.muted_id = u.id) AS viewer_mutes
      FROM users u
      WHERE u.username_key = :usernameKey
      """)
  Optional<ProfileRow> loadProfile(String usernameKey, @Nullable Long viewerId);

  /** One statement: several users with their stored counts, as nobody in particular sees them. */
  @Query(
      """
      SELECT u.id, u.username, u.about, u.member_since, u.last_seen,
             u.follower_count AS followers, u.following_count AS following,
             u.post_count AS posts, u.last_post_at,
             FALSE AS viewer_follows, FALSE AS viewer_blocks, FALSE AS blocks_viewer,
             FALSE AS viewer_mutes
      FROM users u
      WHERE u.id IN (:ids)
      """)
  List<ProfileRow> loadProfiles(Collection<Long> ids);
}
