package org.microblog.adapter.persistence.post;

import static org.microblog.adapter.persistence.support.Updates.update;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.notification.NotificationCleanup;
import org.microblog.adapter.persistence.support.PostCounts;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.Tag;

/**
 * Writes a post with everything that changes with it, in one transaction: its tags, its author's
 * post count and the reply count of the post it answers when it is published; its boosts (and their
 * boosters' post counts), tags, notifications, earlier versions, its author's post count and that
 * reply count when it is deleted. A separate bean so that the adapter can recover from the same
 * form sent twice outside the transaction that failed (PostgreSQL reads nothing more in an aborted
 * one).
 */
@Singleton
class PostWriter {
  private static final String COUNT_REPLY =
      "UPDATE posts SET reply_count = reply_count + 1 WHERE id = ?";
  private static final String UNCOUNT_REPLY =
      "UPDATE posts SET reply_count = reply_count - 1 WHERE id = ?";
  private static final String LIVE_PARENT =
      "SELECT in_reply_to_id, author_id FROM posts"
          + " WHERE id = ? AND deleted = FALSE AND boost_of_id IS NULL"
          + " FOR UPDATE";
  private static final String DELETE_BOOSTS = "DELETE FROM posts WHERE boost_of_id = ?";
  private static final String DELETE_TAGS = "DELETE FROM post_tags WHERE post_id = ?";

  private final PostRepository posts;
  private final PostEntityMapper mapper;
  private final JdbcOperations jdbc;
  private final NotificationCleanup notifications;

  PostWriter(
      PostRepository posts,
      PostEntityMapper mapper,
      JdbcOperations jdbc,
      NotificationCleanup notifications) {
    this.posts = posts;
    this.mapper = mapper;
    this.jdbc = jdbc;
    this.notifications = notifications;
  }

  @Transactional
  Post store(NewPost post) {
    Post stored = mapper.toDomain(posts.save(mapper.toEntity(post)));
    List<Tag> tags = post.tags();
    jdbc.execute(
        connection -> {
          if (!tags.isEmpty()) {
            fileUnderTags(connection, stored.id(), tags);
          }
          if (post.inReplyTo().isPresent()) {
            update(connection, COUNT_REPLY, post.inReplyTo().get().postId().value());
          }
          PostCounts.counted(connection, stored.authorId().value(), stored.publishedAt());
          return null;
        });
    return stored;
  }

  /**
   * A post with replies becomes a tombstone, any other goes (its likes, boosts and tags with it, by
   * the foreign keys); a tombstone keeps neither boosts nor tags. Either way its notifications
   * leave their recipients' unread counts and go, and its earlier versions go: nothing it said is
   * kept. Only a post that was live changes anything (a boost's id is none), and its row is locked
   * when it is found so, so two deletes at once uncount the reply and the notifications once: the
   * second waits for the first's row lock and then finds it deleted.
   */
  @Transactional
  void delete(PostId id) {
    jdbc.execute(
        connection -> {
          Optional<LivePost> live = live(connection, id.value());
          if (live.isEmpty()) {
            return null;
          }
          Optional<Long> parent = live.get().parent();
          notifications.aboutPost(id.value());
          posts.deleteVersions(id.value());
          // Its boosts go either way (by hand or by the foreign key): uncount them first.
          PostCounts.uncountBoostersOf(connection, id.value());
          boolean changed;
          if (posts.tombstoneIfAnswered(id.value()) == 1) {
            update(connection, DELETE_BOOSTS, id.value());
            update(connection, DELETE_TAGS, id.value());
            changed = true;
          } else {
            changed = posts.deleteLive(id.value()) == 1;
          }
          if (changed) {
            PostCounts.uncounted(connection, live.get().author());
          }
          if (changed && parent.isPresent()) {
            update(connection, UNCOUNT_REPLY, parent.get());
          }
          return null;
        });
  }

  /**
   * A post that is neither a tombstone nor a boost: the post it answers, if any, and its author.
   */
  private record LivePost(Optional<Long> parent, long author) {}

  private static Optional<LivePost> live(Connection connection, long id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(LIVE_PARENT)) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long parent = row.getLong(1);
        Optional<Long> answered = row.wasNull() ? Optional.empty() : Optional.of(parent);
        return Optional.of(new LivePost(answered, row.getLong(2)));
      }
    }
  }

  /** An edited post is filed under the tags of what it says now, and no others. */
  static void refileUnderTags(Connection connection, PostId post, List<Tag> tags)
      throws SQLException {
    update(connection, DELETE_TAGS, post.value());
    if (!tags.isEmpty()) {
      fileUnderTags(connection, post, tags);
    }
  }

  private static void fileUnderTags(Connection connection, PostId post, List<Tag> tags)
      throws SQLException {
    String sql =
        "INSERT INTO post_tags (tag_key, post_id) VALUES "
            + "(?, ?), ".repeat(tags.size() - 1)
            + "(?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int i = 1;
      for (Tag tag : tags) {
        statement.setString(i++, tag.key());
        statement.setLong(i++, post.value());
      }
      statement.executeUpdate();
    }
  }
}
