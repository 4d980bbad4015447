package org.microblog.adapter.persistence.post;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.out.post.PostVersionPort;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;

/**
 * A post's current words in its {@code posts} row ({@code edited_at} says since when), the words
 * its edits replaced in {@code post_versions}. An edit is a conditional UPDATE (the row must still
 * say what the editor saw, so a concurrent edit or deletion makes it change nothing), an INSERT of
 * the replaced version and the post's tags filed anew from its new body, in one transaction. A
 * boost's row is no post: it has no words to edit.
 */
@Singleton
public class PostVersionPersistenceAdapter implements PostVersionPort {
  private static final String CURRENT =
      "SELECT body, spoiler, COALESCE(edited_at, published_at) FROM posts"
          + " WHERE id = ? AND deleted = FALSE AND boost_of_id IS NULL";
  private static final String REPLACE =
      "UPDATE posts SET body = ?, spoiler = ?, edited_at = ?"
          + " WHERE id = ? AND deleted = FALSE AND boost_of_id IS NULL AND body = ? AND spoiler = ?"
          + " AND COALESCE(edited_at, published_at) = ?";
  private static final String KEEP =
      "INSERT INTO post_versions (post_id, body, spoiler, written_at) VALUES (?, ?, ?, ?)";
  // Ends in "LIMIT " for the row count, written in as timelines do.
  private static final String EARLIER =
      "SELECT body, spoiler, written_at FROM post_versions WHERE post_id = ?"
          + " ORDER BY id DESC LIMIT ";

  private final JdbcOperations jdbc;

  PostVersionPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<PostVersion> current(PostId id) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(CURRENT)) {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
              return row.next() ? Optional.of(version(id, row)) : Optional.<PostVersion>empty();
            }
          }
        });
  }

  @Override
  @Transactional
  public boolean replace(PostEdit.Edited edited) {
    PostVersion previous = edited.previous();
    PostVersion current = edited.current();
    long id = current.postId().value();
    return jdbc.execute(
        connection -> {
          try (PreparedStatement update = connection.prepareStatement(REPLACE)) {
            update.setString(1, current.text().value());
            update.setString(2, current.contentWarning().value());
            update.setObject(3, timestamp(current.writtenAt()));
            update.setLong(4, id);
            update.setString(5, previous.text().value());
            update.setString(6, previous.contentWarning().value());
            update.setObject(7, timestamp(previous.writtenAt()));
            if (update.executeUpdate() != 1) {
              return false;
            }
          }
          try (PreparedStatement keep = connection.prepareStatement(KEEP)) {
            keep.setLong(1, id);
            keep.setString(2, previous.text().value());
            keep.setString(3, previous.contentWarning().value());
            keep.setObject(4, timestamp(previous.writtenAt()));
            keep.executeUpdate();
          }
          PostWriter.refileUnderTags(connection, current.postId(), edited.tags());
          return true;
        });
  }

  @Override
  public List<PostVersion> earlier(PostId id, int max) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(EARLIER + max)) {
            statement.setLong(1, id.value());
            List<PostVersion> versions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                versions.add(version(id, rows));
              }
            }
            return versions;
          }
        });
  }

  private static PostVersion version(PostId id, ResultSet row) throws SQLException {
    return new PostVersion(
        id,
        new PostText(row.getString(1)),
        new ContentWarning(row.getString(2)),
        row.getObject(3, OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
