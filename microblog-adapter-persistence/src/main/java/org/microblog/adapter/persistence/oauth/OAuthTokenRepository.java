package org.microblog.adapter.persistence.oauth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Rows of {@code oauth_tokens}; every method is one statement. */
// POSTGRES on H2 too: see UserRepository for why.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OAuthTokenRepository extends GenericRepository<OAuthTokenEntity, String> {

  OAuthTokenEntity save(OAuthTokenEntity token);

  Optional<OAuthTokenEntity> findById(String tokenHash);

  @Query("DELETE FROM oauth_tokens WHERE token_hash = :tokenHash")
  int remove(String tokenHash);

  @Query("DELETE FROM oauth_tokens WHERE user_id = :userId AND client_id = :clientId")
  int removeApp(long userId, String clientId);

  @Query("DELETE FROM oauth_tokens WHERE user_id = :userId")
  int removeAllOf(long userId);

  /**
   * Each app with the person's newest token for it (the greatest hash breaks a tie of dates),
   * newest first; one statement, bounded by {@code limit}.
   */
  @Query(
      """
      SELECT a.client_id, a.name, a.website, a.redirect_uris, a.scopes AS app_scopes,
             a.secret_hash, a.created_at AS app_created_at,
             t.scopes AS token_scopes, t.created_at AS authorised_at
      FROM oauth_tokens t JOIN oauth_apps a ON a.client_id = t.client_id
      WHERE t.user_id = :userId
        AND NOT EXISTS (
          SELECT 1 FROM oauth_tokens n
          WHERE n.user_id = t.user_id AND n.client_id = t.client_id
            AND (n.created_at > t.created_at
                 OR (n.created_at = t.created_at AND n.token_hash > t.token_hash)))
      ORDER BY t.created_at DESC, a.client_id
      LIMIT :limit
      """)
  List<AuthorisedAppRow> appsOf(long userId, int limit);
}
