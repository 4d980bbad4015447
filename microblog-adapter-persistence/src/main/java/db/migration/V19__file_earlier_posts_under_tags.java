package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.microblog.domain.post.ParsedText;
import org.microblog.domain.post.Tag;

/**
 * Files the posts written before the tag pages existed (V8) under their tags, so that a tag page
 * lists every post that carries the tag, not only those published or edited since. Written in Java
 * because finding a post's tags is the domain's parsing ({@link ParsedText}), which SQL cannot
 * repeat. It reads the live posts that mention a {@code #} and are filed under nothing (after V8,
 * only those with no tag at all), in one pass, and inserts their keys in batches.
 */
public class V19__file_earlier_posts_under_tags extends BaseJavaMigration {
  private static final int BATCH = 1_000;
  private static final String UNFILED =
      "SELECT p.id, p.body FROM posts p WHERE p.boost_of_id IS NULL AND p.deleted = FALSE"
          + " AND p.body LIKE '%#%'"
          + " AND NOT EXISTS (SELECT 1 FROM post_tags t WHERE t.post_id = p.id)";
  private static final String FILE =
      "INSERT INTO post_tags (tag_key, post_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement unfiled = connection.createStatement();
        PreparedStatement file = connection.prepareStatement(FILE)) {
      unfiled.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet posts = unfiled.executeQuery(UNFILED)) {
        while (posts.next()) {
          long post = posts.getLong(1);
          for (String key : keys(posts.getString(2))) {
            file.setString(1, key);
            file.setLong(2, post);
            file.addBatch();
            if (++pending == BATCH) {
              file.executeBatch();
              pending = 0;
            }
          }
        }
      }
      if (pending > 0) {
        file.executeBatch();
      }
    }
  }

  private static Set<String> keys(String body) {
    Set<String> keys = new LinkedHashSet<>();
    for (Tag tag : ParsedText.parse(body).tags()) {
      keys.add(tag.key());
    }
    return keys;
  }
}
