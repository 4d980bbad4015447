package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.microblog.adapter.persistence.search.H2WordIndex;

/**
 * Search (issue 13): the "let my posts be found by search" flag, and a word index on each database.
 * Written in Java because full-text search is the one thing the two databases do differently (every
 * SQL migration is the same SQL on both):
 *
 * <ul>
 *   <li>PostgreSQL: a text search configuration {@code microblog_search} (the {@code simple} parser
 *       and dictionary: no stemming, no stop words, so every word of any language is found as
 *       written, folded to lower case; with the {@code unaccent} dictionary first where the
 *       extension can be installed, so accents do not matter either), a stored generated {@code
 *       tsvector} of each post's body with a GIN index, and a GIN expression index over each user's
 *       username and about-me.
 *   <li>H2: index tables {@code post_words} and {@code user_words} (a word's normal form and the
 *       row's id, a B-tree primary key), filled here for the rows already stored and kept by
 *       triggers ({@link H2WordIndex}) on every insert and update, so that no writer of posts or
 *       users has to remember them.
 * </ul>
 */
public class V14__search_index extends BaseJavaMigration {
  static final String CONFIGURATION = "microblog_search";

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "ALTER TABLE users ADD COLUMN posts_findable BOOLEAN DEFAULT TRUE NOT NULL");
      if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        postgres(connection, statement);
      } else {
        h2(connection, statement);
      }
    }
  }

  private static void postgres(Connection connection, Statement statement) throws SQLException {
    Optional<String> unaccent = installUnaccent(connection, statement);
    // In the schema being migrated, named with it: several schemas of one database (tests, or
    // several sites) each keep their own, and the queries find it first on their search path.
    String configuration = quoted(currentSchema(statement)) + "." + CONFIGURATION;
    // A configuration left behind by a schema clean (tests) holds nothing that depends on it.
    statement.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS " + configuration);
    statement.execute(
        "CREATE TEXT SEARCH CONFIGURATION " + configuration + " (COPY = pg_catalog.simple)");
    if (unaccent.isPresent()) {
      statement.execute(
          "ALTER TEXT SEARCH CONFIGURATION "
              + configuration
              + " ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword,"
              + " hword_part, numword, numhword, hword_numpart WITH "
              + unaccent.get()
              + ", pg_catalog.simple");
    }
    String config = "'" + configuration.replace("'", "''") + "'::regconfig";
    statement.execute(
        "ALTER TABLE posts ADD COLUMN search_vector tsvector"
            + " GENERATED ALWAYS AS (to_tsvector("
            + config
            + ", body)) STORED");
    statement.execute("CREATE INDEX ix_posts_search_vector ON posts USING GIN (search_vector)");
    // The planner estimates a word's frequency from the column's most common words; a word outside
    // that list is guessed at half the rarest one's. With the default list a rare word looked
    // common (4,500 posts guessed for 100 at 1M posts) and its search walked the whole primary
    // key: 180 ms instead of 1 ms. The largest list makes rare words look rare.
    statement.execute("ALTER TABLE posts ALTER COLUMN search_vector SET STATISTICS 10000");
    statement.execute(
        "CREATE INDEX ix_users_search ON users USING GIN (to_tsvector("
            + config
            + ", username || ' ' || about))");
  }

  private static String currentSchema(Statement statement) throws SQLException {
    try (ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
      schema.next();
      return schema.getString(1);
    }
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /**
   * Installs {@code unaccent} where the server ships it and the migrating role may: accents are
   * then ignored. Where it cannot, search still works and only accents count (see the README).
   *
   * @return the dictionary's name qualified by the schema the extension lives in (installed before
   *     in another schema than the one migrated, it is not on the search path), or empty
   */
  private static Optional<String> installUnaccent(Connection connection, Statement statement)
      throws SQLException {
    try (ResultSet available =
        statement.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")) {
      if (!available.next()) {
        return Optional.empty();
      }
    }
    Savepoint before = connection.setSavepoint();
    try {
      statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
      connection.releaseSavepoint(before);
    } catch (SQLException refused) {
      connection.rollback(before);
      return Optional.empty();
    }
    try (ResultSet schema =
        statement.executeQuery(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                + " WHERE e.extname = 'unaccent'")) {
      return schema.next()
          ? Optional.of("\"" + schema.getString(1).replace("\"", "\"\"") + "\".unaccent")
          : Optional.empty();
    }
  }

  private static void h2(Connection connection, Statement statement) throws SQLException {
    for (H2WordIndex index : H2WordIndex.values()) {
      statement.execute(index.createTable());
      statement.execute(index.createKeyIndex());
      index.fillFrom(connection);
      statement.execute(index.createTrigger());
    }
  }
}
