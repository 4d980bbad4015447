package org.microblog.adapter.persistence.oauth;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Rows of {@code oauth_apps}. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OAuthAppRepository extends GenericRepository<OAuthAppEntity, String> {

  OAuthAppEntity save(OAuthAppEntity app);

  Optional<OAuthAppEntity> findById(String clientId);
}
