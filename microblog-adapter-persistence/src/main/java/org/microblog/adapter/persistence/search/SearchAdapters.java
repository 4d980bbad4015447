package org.microblog.adapter.persistence.search;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.microblog.adapter.persistence.post.PostViewQueries;
import org.microblog.application.port.out.search.SearchPort;

/**
 * Chooses how search reads its index: PostgreSQL's full-text search on PostgreSQL, the word index
 * tables on H2 (which {@code V14__search_index} created for the database in use).
 */
@Factory
final class SearchAdapters {
  @Singleton
  SearchPort search(
      @Value("${datasources.default.url}") String url, JdbcOperations jdbc, PostViewQueries posts) {
    SearchSql sql =
        url.startsWith("jdbc:postgresql:") ? new PostgresSearchSql() : new H2SearchSql();
    return new SearchPersistenceAdapter(sql, jdbc, posts);
  }
}
