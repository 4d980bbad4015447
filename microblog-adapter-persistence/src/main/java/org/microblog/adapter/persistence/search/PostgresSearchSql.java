package org.microblog.adapter.persistence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.post.PostViewQueries;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.UserId;

/**
 * Search on PostgreSQL's full-text search: {@code websearch_to_tsquery} of the query's terms (see
 * {@link SearchQuery#websearch()}: words, phrases, exclusions) against the GIN-indexed {@code
 * posts.search_vector}, and against the GIN expression index over usernames and about-me texts.
 * Posts come newest first by keyset (no ranking): the planner either reads the matches from the
 * index and sorts them (a rare word) or walks the primary key backwards until a page has matched (a
 * common one).
 */
public final class PostgresSearchSql implements SearchSql {
  private static final String TSQUERY = "websearch_to_tsquery('microblog_search', ?)";
  private static final String POSTS =
      " FROM posts p JOIN users u ON u.id = p.author_id WHERE p.search_vector @@ " + TSQUERY;

  @Override
  public SearchStatement people(SearchQuery query, int max) {
    return new SearchStatement(
        "SELECT u.username, u.about FROM users u"
            + " WHERE to_tsvector('microblog_search'::regconfig, u.username || ' ' || u.about) @@ "
            + TSQUERY
            + " ORDER BY u.username_key LIMIT "
            + max,
        List.of(query.websearch()));
  }

  @Override
  public SearchStatement posts(SearchQuery query, Optional<UserId> viewer, PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    List<Object> parameters = new ArrayList<>(List.of(query.websearch(), page.cursor()));
    String sql =
        "SELECT "
            + PostViewQueries.COLUMNS
            + POSTS
            + (older ? " AND p.id < ?" : " AND p.id > ?")
            + SearchSql.shownTo(viewer, parameters)
            + (older ? " ORDER BY p.id DESC" : " ORDER BY p.id ASC")
            + " LIMIT "
            + page.fetchSize();
    return new SearchStatement(sql, parameters);
  }

  @Override
  public SearchStatement count(SearchQuery query, Optional<UserId> viewer, long limit) {
    List<Object> parameters = new ArrayList<>(List.of(query.websearch()));
    String sql =
        "SELECT COUNT(*) FROM (SELECT 1"
            + POSTS
            + SearchSql.shownTo(viewer, parameters)
            + " LIMIT "
            + limit
            + ") m";
    return new SearchStatement(sql, parameters);
  }
}
