package org.microblog.adapter.persistence.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.post.PostViewQueries;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.search.SearchTerm;
import org.microblog.domain.user.UserId;

/**
 * Search on H2 through its word index tables ({@link H2WordIndex}): the longest wanted word (likely
 * the rarest) is a range read of the primary key (word, id), every other wanted word an {@code
 * EXISTS} probe of it, every excluded term a {@code NOT EXISTS}. Words ignore case and accents; a
 * phrase's words must all appear, anywhere (H2 keeps no positions).
 */
public final class H2SearchSql implements SearchSql {

  @Override
  public SearchStatement people(SearchQuery query, int max) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT u.username, u.about FROM user_words w JOIN users u ON u.id = w.user_id"
            + words(query, "user_words", "user_id", parameters)
            + " ORDER BY u.username_key LIMIT "
            + max;
    return new SearchStatement(sql, parameters);
  }

  @Override
  public SearchStatement posts(SearchQuery query, Optional<UserId> viewer, PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT "
            + PostViewQueries.COLUMNS
            + POSTS
            + words(query, "post_words", "post_id", parameters)
            + (older ? " AND w.post_id < ?" : " AND w.post_id > ?");
    parameters.add(page.cursor());
    sql +=
        SearchSql.shownTo(viewer, parameters)
            + (older ? " ORDER BY w.post_id DESC" : " ORDER BY w.post_id ASC")
            + " LIMIT "
            + page.fetchSize();
    return new SearchStatement(sql, parameters);
  }

  @Override
  public SearchStatement count(SearchQuery query, Optional<UserId> viewer, long limit) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT COUNT(*) FROM (SELECT 1"
            + POSTS
            + words(query, "post_words", "post_id", parameters);
    sql += SearchSql.shownTo(viewer, parameters) + " LIMIT " + limit + ") m";
    return new SearchStatement(sql, parameters);
  }

  private static final String POSTS =
      " FROM post_words w JOIN posts p ON p.id = w.post_id JOIN users u ON u.id = p.author_id";

  /** The word conditions on {@code w}: one range read, then probes. */
  private static String words(
      SearchQuery query, String table, String key, List<Object> parameters) {
    List<String> wanted = List.copyOf(query.wantedWords());
    String driving = wanted.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    StringBuilder sql = new StringBuilder(" WHERE w.word = ?");
    parameters.add(driving);
    for (String word : wanted) {
      if (!word.equals(driving)) {
        sql.append(" AND ").append(has(table, key, word, parameters));
      }
    }
    for (SearchTerm excluded : query.excluded()) {
      List<String> all = new ArrayList<>();
      for (String word : excluded.words()) {
        all.add(has(table, key, word, parameters));
      }
      sql.append(" AND NOT (").append(String.join(" AND ", all)).append(")");
    }
    return sql.toString();
  }

  private static String has(String table, String key, String word, List<Object> parameters) {
    parameters.add(word);
    return "EXISTS (SELECT 1 FROM "
        + table
        + " x WHERE x.word = ? AND x."
        + key
        + " = w."
        + key
        + ")";
  }
}
