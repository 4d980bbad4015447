package org.microblog.adapter.persistence.twofactor;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Rows of {@code two_factor} and {@code recovery_codes}; every method is one statement. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TwoFactorRepository extends GenericRepository<TwoFactorEntity, Long> {

  TwoFactorEntity save(TwoFactorEntity twoFactor);

  Optional<TwoFactorEntity> findById(long userId);

  @Query("DELETE FROM two_factor WHERE user_id = :userId")
  int remove(long userId);

  /** The replay guard: of two requests with codes of one step, only one updates the row. */
  @Query(
      "UPDATE two_factor SET last_used_step = :step WHERE user_id = :userId AND last_used_step < :step")
  int useStep(long userId, long step);

  @Query("INSERT INTO recovery_codes (user_id, code_hash) VALUES (:userId, :codeHash)")
  void addRecoveryCode(long userId, String codeHash);

  @Query("DELETE FROM recovery_codes WHERE user_id = :userId AND code_hash = :codeHash")
  int useRecoveryCode(long userId, String codeHash);

  @Query("DELETE FROM recovery_codes WHERE user_id = :userId")
  int removeRecoveryCodes(long userId);

  @Query("SELECT COUNT(*) FROM recovery_codes WHERE user_id = :userId")
  int countRecoveryCodes(long userId);
}
