package org.microblog.adapter.persistence.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.microblog.domain.search.SearchWords;

/**
 * The word index tables of H2 (PostgreSQL has its own full-text search): for each indexed row, one
 * row per distinct word of its text in {@link SearchWords#normalize normal form}, so that a word is
 * a range read of the primary key (word, id). Their triggers keep them ({@link H2PostWordsTrigger},
 * {@link H2UserWordsTrigger}).
 */
public enum H2WordIndex {
  /** Live posts' bodies (no tombstones, no boosts). */
  POSTS(
      "post_words",
      "post_id",
      "posts",
      "SELECT id, body FROM posts WHERE deleted = FALSE AND boost_of_id IS NULL",
      H2PostWordsTrigger.class),
  /** Usernames and about-me texts. */
  USERS(
      "user_words",
      "user_id",
      "users",
      "SELECT id, username || ' ' || about FROM users",
      H2UserWordsTrigger.class);

  private final String table;
  private final String key;
  private final String source;
  private final String existingRows;
  private final Class<?> trigger;

  H2WordIndex(String table, String key, String source, String existingRows, Class<?> trigger) {
    this.table = table;
    this.key = key;
    this.source = source;
    this.existingRows = existingRows;
    this.trigger = trigger;
  }

  public String createTable() {
    // A word is at most a whole post: 1,200 UTF-16 units.
    return "CREATE TABLE "
        + table
        + " (word VARCHAR(1200) NOT NULL, "
        + key
        + " BIGINT NOT NULL, CONSTRAINT pk_"
        + table
        + " PRIMARY KEY (word, "
        + key
        + "), CONSTRAINT fk_"
        + table
        + " FOREIGN KEY ("
        + key
        + ") REFERENCES "
        + source
        + " (id) ON DELETE CASCADE)";
  }

  /** A row's own words, for replacing them when it changes. */
  public String createKeyIndex() {
    return "CREATE INDEX ix_" + table + "_" + key + " ON " + table + " (" + key + ")";
  }

  public String createTrigger() {
    return "CREATE TRIGGER tr_"
        + table
        + " AFTER INSERT, UPDATE ON "
        + source
        + " FOR EACH ROW CALL '"
        + trigger.getName()
        + "'";
  }

  /** Indexes the rows stored before the index existed. */
  public void fillFrom(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(existingRows)) {
      while (rows.next()) {
        replace(connection, rows.getLong(1), rows.getString(2));
      }
    }
  }

  /** Replaces the row's words by those of {@code text}; none when the text is null. */
  void replace(Connection connection, long id, String text) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
    if (text == null) {
      return;
    }
    Set<String> words = new LinkedHashSet<>(SearchWords.of(text));
    if (words.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO " + table + " (word, " + key + ") VALUES (?, ?)")) {
      for (String word : words) {
        insert.setString(1, word);
        insert.setLong(2, id);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
