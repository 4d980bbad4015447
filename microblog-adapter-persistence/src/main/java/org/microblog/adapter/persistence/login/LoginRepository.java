package org.microblog.adapter.persistence.login;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rows of {@code logins}; every method is one statement. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginRepository extends GenericRepository<LoginEntity, String> {

  LoginEntity save(LoginEntity login);

  Optional<LoginEntity> findById(String id);

  /**
   * By primary key, with the person's unread notification and message counts and their language
   * from their row: what a logged-in request checks (at most every few seconds per login).
   */
  @Query(
      """
      SELECT l.id, l.user_id, l.remembered, l.started_at, l.last_used_at, l.browser, l.network,
             u.unread_notifications, u.unread_messages, u.language
      FROM logins l JOIN users u ON u.id = l.user_id
      WHERE l.id = :id
      """)
  Optional<LoginCheckRow> findWithUnread(String id);

  @Query(
      """
      SELECT * FROM logins WHERE user_id = :userId
      ORDER BY last_used_at DESC, started_at DESC, id DESC LIMIT :limit
      """)
  List<LoginEntity> findByUser(long userId, int limit);

  @Query("UPDATE logins SET last_used_at = :usedAt WHERE id = :id AND last_used_at < :usedAt")
  int touch(String id, Instant usedAt);

  @Query("DELETE FROM logins WHERE id = :id AND user_id = :userId")
  int remove(String id, long userId);

  @Query("DELETE FROM logins WHERE user_id = :userId")
  int removeAllOf(long userId);

  @Query(
      """
      DELETE FROM logins
      WHERE (remembered = FALSE AND started_at < CAST(:sessionsBefore AS TIMESTAMP WITH TIME ZONE))
         OR (remembered = TRUE AND last_used_at < CAST(:rememberedBefore AS TIMESTAMP WITH TIME ZONE))
      """)
  int removeExpired(Instant sessionsBefore, Instant rememberedBefore);
}
