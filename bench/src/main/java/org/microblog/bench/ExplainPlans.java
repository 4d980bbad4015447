package org.microblog.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.notification.NotificationPersistenceAdapter;
import org.microblog.adapter.persistence.post.ThreadPersistenceAdapter;
import org.microblog.adapter.persistence.post.TimelineSql;
import org.microblog.adapter.persistence.search.PostgresSearchSql;
import org.microblog.adapter.persistence.search.SearchStatement;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.service.search.SearchService;
import org.microblog.domain.search.SearchQuery;

/**
 * Prints {@code EXPLAIN (ANALYZE, BUFFERS)} on PostgreSQL for the queries behind the timeline
 * (posts and boosts), profile, explore, tag, thread, notifications and search pages, first pages
 * and deep keyset pages, and flags any sequential scan over {@code posts}. Exits with status 1 when
 * one is found. The plans shown are the generic ones, which the app's prepared statements settle on
 * after their first executions.
 *
 * <pre>
 * java -cp bench/target/microblog-bench.jar:microblog-boot/target/microblog.jar \
 *   org.microblog.bench.ExplainPlans --url 'jdbc:postgresql://127.0.0.1:5432/mb?user=postgres'
 * </pre>
 */
public final class ExplainPlans {
  /**
   * Copied from UserRepository.loadProfile (an annotation value, so not reachable as a constant),
   * with its named parameters (viewer, username key) made positional.
   */
  static final String PROFILE =
      """
      SELECT u.id, u.username, u.about, u.member_since, u.last_seen,
             u.follower_count AS followers, u.following_count AS following,
             EXISTS (SELECT 1 FROM follows f
                     WHERE f.follower_id = ? AND f.followed_id = u.id) AS viewer_follows
      FROM users u
      WHERE u.username_key = ?
      """;

  private static final int FETCH = 21; // PageRequest's 20 items and one more to see "older"

  private ExplainPlans() {}

  public static void main(String[] args) throws SQLException {
    Database database = Database.from(new Args(args));
    if (!database.isPostgres()) {
      throw new IllegalArgumentException("EXPLAIN plans are printed for PostgreSQL only");
    }
    try (Connection connection = database.connect()) {
      long maxId = single(connection, "SELECT COALESCE(MAX(id), 0) FROM posts");
      long users = single(connection, "SELECT COUNT(*) FROM users");
      long deep = Math.max(1, maxId / 2);
      long reader =
          Math.max(1, users / 2); // a typical user: follows popular users, few follow them
      long popular = 1; // user0, followed by nearly everyone
      try (Statement generic = connection.createStatement()) {
        generic.execute("SET plan_cache_mode = force_generic_plan");
      }
      boolean seqScan = false;
      seqScan |=
          explain(
              connection,
              "home, first page (posts and boosts)",
              TimelineSql.HOME_OLDER + FETCH,
              cursorThenViewer(TimelineSql.HOME_OLDER, Long.MAX_VALUE, reader));
      seqScan |=
          explain(
              connection,
              "home, deep page (posts and boosts)",
              TimelineSql.HOME_OLDER + FETCH,
              cursorThenViewer(TimelineSql.HOME_OLDER, deep, reader));
      seqScan |=
          explain(
              connection,
              "tag page, first page",
              TimelineSql.tagged(true, FETCH),
              List.of("bench", Long.MAX_VALUE));
      seqScan |=
          explain(
              connection,
              "tag page, deep page",
              TimelineSql.tagged(true, FETCH),
              List.of("bench", deep));
      seqScan |=
          explain(
              connection,
              "profile posts, first page",
              TimelineSql.BY_AUTHOR_OLDER + FETCH,
              List.of(Long.MAX_VALUE, popular));
      seqScan |=
          explain(
              connection,
              "profile posts, deep page",
              TimelineSql.BY_AUTHOR_OLDER + FETCH,
              List.of(deep, popular));
      seqScan |=
          explain(
              connection,
              "explore, first page",
              TimelineSql.EXPLORE_OLDER + FETCH,
              List.of(Long.MAX_VALUE));
      seqScan |=
          explain(
              connection, "explore, deep page", TimelineSql.EXPLORE_OLDER + FETCH, List.of(deep));
      seqScan |=
          explain(connection, "profile header and counts", PROFILE, List.of(reader, "user0"));
      seqScan |=
          explain(
              connection,
              "thread replies (the seeded 200-reply thread), first page, logged in",
              ThreadPersistenceAdapter.REPLIES_SEEN_BY + FETCH,
              List.of(Seeder.THREAD_ROOT, 0L, reader, reader, reader));
      seqScan |=
          explain(
              connection,
              "notifications of the most followed user, first page",
              NotificationPersistenceAdapter.NEWEST + FETCH,
              List.of(popular, Long.MAX_VALUE, popular, popular, popular));
      seqScan |= explainSearch(connection, deep);
      System.out.println(
          seqScan ? "FLAG: a sequential scan on posts was found" : "No sequential scan on posts.");
      if (seqScan) {
        System.exit(1);
      }
    }
  }

  /**
   * The search page's statements ({@link PostgresSearchSql}: people, a page of posts, the capped
   * count) for the seeder's rare word and a common one.
   */
  private static boolean explainSearch(Connection connection, long deep) throws SQLException {
    PostgresSearchSql sql = new PostgresSearchSql();
    boolean seqScan = false;
    for (String word : List.of(PostTexts.RARE_WORD, "coffee")) {
      SearchQuery query = new SearchQuery(word);
      List<SearchStatement> statements =
          List.of(
              sql.posts(query, Optional.empty(), PageRequest.first()),
              sql.posts(query, Optional.empty(), PageRequest.olderThan(deep)),
              sql.count(query, Optional.empty(), SearchService.COUNT_CAP + 1),
              sql.people(query, SearchService.PEOPLE_SHOWN));
      List<String> titles = List.of("first page", "deep page", "count", "people");
      for (int i = 0; i < statements.size(); i++) {
        SearchStatement statement = statements.get(i);
        seqScan |=
            explain(
                connection,
                "search '" + word + "', " + titles.get(i),
                statement.sql(),
                statement.parameters());
      }
    }
    return seqScan;
  }

  /** The cursor for the first placeholder and the viewer for every other one. */
  private static List<Object> cursorThenViewer(String sql, long cursor, long viewer) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(cursor);
    for (long i = sql.chars().filter(c -> c == '?').count(); i > 1; i--) {
      parameters.add(viewer);
    }
    return parameters;
  }

  private static boolean explain(
      Connection connection, String title, String sql, List<Object> parameters)
      throws SQLException {
    System.out.println("== " + title + " " + parameters);
    boolean seqScan = false;
    try (PreparedStatement explain =
        connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        explain.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet plan = explain.executeQuery()) {
        while (plan.next()) {
          String line = plan.getString(1);
          System.out.println("   " + line);
          seqScan |= line.contains("Seq Scan on posts");
        }
      }
    }
    if (seqScan) {
      System.out.println("   FLAG: Seq Scan on posts");
    }
    return seqScan;
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
