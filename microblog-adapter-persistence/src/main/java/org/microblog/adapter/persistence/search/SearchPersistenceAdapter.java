package org.microblog.adapter.persistence.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.post.PostViewQueries;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.out.search.SearchPort;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * {@link SearchPort} on either database: one statement per method, in the {@link SearchSql} of the
 * database in use ({@link SearchAdapters} chooses).
 */
public final class SearchPersistenceAdapter implements SearchPort {
  private final SearchSql sql;
  private final JdbcOperations jdbc;
  private final PostViewQueries posts;

  SearchPersistenceAdapter(SearchSql sql, JdbcOperations jdbc, PostViewQueries posts) {
    this.sql = sql;
    this.jdbc = jdbc;
    this.posts = posts;
  }

  @Override
  public List<PersonMatch> people(SearchQuery query, int max) {
    return query(
        sql.people(query, max),
        row -> new PersonMatch(new Username(row.getString(1)), new AboutMe(row.getString(2))));
  }

  @Override
  public List<PostView> posts(SearchQuery query, Optional<UserId> viewer, PageRequest page) {
    SearchStatement statement = sql.posts(query, viewer, page);
    return posts.views(statement.sql(), statement.parameters());
  }

  @Override
  public long countPosts(SearchQuery query, Optional<UserId> viewer, long limit) {
    return query(sql.count(query, viewer, limit), row -> row.getLong(1)).get(0);
  }

  /** Reads one row of a result set. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> List<T> query(SearchStatement statement, RowReader<T> reader) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            List<Object> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
              prepared.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = prepared.executeQuery()) {
              List<T> read = new ArrayList<>();
              while (rows.next()) {
                read.add(reader.read(rows));
              }
              return read;
            }
          }
        });
  }
}
