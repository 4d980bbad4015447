package org.microblog.adapter.persistence.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** Rows of {@code account_mails}, counted by {@code ix_account_mails_user_purpose_sent}. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountMailRepository extends GenericRepository<AccountMailEntity, Long> {

  AccountMailEntity save(AccountMailEntity mail);

  @Query(
      "SELECT COUNT(*) FROM account_mails"
          + " WHERE user_id = :userId AND purpose = :purpose AND sent_at >= :since")
  long countSince(long userId, String purpose, Instant since);

  /** Keeps the table small: records older than any limit's window no longer matter. */
  @Query("DELETE FROM account_mails WHERE user_id = :userId AND sent_at < :before")
  int forgetBefore(long userId, Instant before);
}
