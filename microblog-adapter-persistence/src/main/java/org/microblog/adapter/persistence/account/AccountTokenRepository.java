package org.microblog.adapter.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Rows of {@code account_tokens}; every write is one statement. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountTokenRepository extends GenericRepository<AccountTokenEntity, String> {

  AccountTokenEntity save(AccountTokenEntity token);

  Optional<AccountTokenEntity> findById(String tokenHash);

  /** The guard that makes a link work once: only one of two racing requests updates the row. */
  @Query("UPDATE account_tokens SET used = TRUE WHERE token_hash = :tokenHash AND used = FALSE")
  int consume(String tokenHash);

  @Query("DELETE FROM account_tokens WHERE token_hash = :tokenHash")
  int remove(String tokenHash);

  /**
   * What {@link org.microblog.domain.account.AccountToken#isRetiredBy} retires, in one statement.
   */
  @Query(
      """
      DELETE FROM account_tokens
      WHERE user_id = :userId AND token_hash <> :keep
        AND ((purpose = :purpose AND used = FALSE) OR expires_at < CAST(:now AS TIMESTAMP WITH TIME ZONE))
      """)
  int retireOthers(long userId, String purpose, String keep, Instant now);
}
