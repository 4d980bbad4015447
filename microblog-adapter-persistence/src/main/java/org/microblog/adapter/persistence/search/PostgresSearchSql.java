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
 *
 * <p>The query is written into the statement as a literal, not bound, so that PostgreSQL plans each
 * search for its own words: bound, a prepared statement may fall back to a generic plan that knows
 * no word's frequency, and the plan that suits a common word (walk the primary key) reads every
 * post for a rare one. Written in is safe: {@link SearchQuery#websearch()} holds only letters,
 * digits, marks, spaces, double quotes and minus signs ({@link
 * org.microblog.domain.search.SearchWords}), and single quotes are doubled all the same. The row
 * limits are written in too, as the timelines' are.
 */
public final class PostgresSearchSql implements SearchSql {
  private static final String POSTS = " FROM posts p JOIN users u ON u.id = p.author_id";

  /** The query as a tsquery, written in. */
  static String tsquery(SearchQuery query) {
    return "websearch_to_tsquery('microblog_search', '"
        + query.websearch().replace("'", "''")
        + "')";
  }

  @Override
  public SearchStatement people(SearchQuery query, int max) {
    return new SearchStatement(
        "SELECT u.username, u.about FROM users u"
            + " WHERE to_tsvector('microblog_search'::regconfig, u.username || ' ' || u.about) @@ "
            + tsquery(query)
            + " ORDER BY u.username_key LIMIT "
            + max,
        List.of());
  }

  @Override
  public SearchStatement posts(SearchQuery query, Optional<UserId> viewer, PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    List<Object> parameters = new ArrayList<>(List.of(page.cursor()));
    String sql =
        "SELECT "
            + PostViewQueries.COLUMNS
            + POSTS
            + " WHERE p.search_vector @@ "
            + tsquery(query)
            + (older ? " AND p.id < ?" : " AND p.id > ?")
            + SearchSql.shownTo(viewer, parameters)
            + (older ? " ORDER BY p.id DESC" : " ORDER BY p.id ASC")
            + " LIMIT "
            + page.fetchSize();
    return new SearchStatement(sql, parameters);
  }

  /**
   * Newest first as the pages are, so that a common word is counted by walking the primary key
   * until the limit (rather than by reading every post until it), a rare one from the index.
   */
  @Override
  public SearchStatement count(SearchQuery query, Optional<UserId> viewer, long limit) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT COUNT(*) FROM (SELECT 1"
            + POSTS
            + " WHERE p.search_vector @@ "
            + tsquery(query)
            + SearchSql.shownTo(viewer, parameters)
            + " ORDER BY p.id DESC LIMIT "
            + limit
            + ") m";
    return new SearchStatement(sql, parameters);
  }
}
