package org.microblog.adapter.persistence.oauth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Rows of {@code oauth_codes}; every method is one statement. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OAuthCodeRepository extends GenericRepository<OAuthCodeEntity, String> {

  OAuthCodeEntity save(OAuthCodeEntity code);

  Optional<OAuthCodeEntity> findById(String codeHash);

  /** Only one of two racing exchanges deletes the row: the one that may use the code. */
  @Query("DELETE FROM oauth_codes WHERE code_hash = :codeHash")
  int remove(String codeHash);

  @Query("DELETE FROM oauth_codes WHERE issued_at < CAST(:before AS TIMESTAMP WITH TIME ZONE)")
  int removeIssuedBefore(Instant before);
}
