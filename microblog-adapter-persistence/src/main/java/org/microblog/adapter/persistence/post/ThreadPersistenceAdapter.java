package org.microblog.adapter.persistence.post;

import static org.microblog.adapter.persistence.block.BlockSql.visibleTo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.ReplyTarget;
import org.microblog.domain.user.UserId;

/**
 * Threads in {@code posts}: the chain a post answers in one recursive statement, and its replies as
 * a keyset range of {@code ix_posts_in_reply_to_id_id}. Row limits are written into the statement
 * (numbers, never text), as for timelines. A boost's row is no post: no thread starts at it and
 * nothing answers it (boosts answer nothing, so chains and replies never meet one). For a logged-in
 * viewer, the posts of people across a block or muted are omitted from both (the chain is still
 * walked through them).
 */
@Singleton
public class ThreadPersistenceAdapter implements LoadThreadPort {
  private static final String TARGET =
      "SELECT author_id, deleted FROM posts WHERE id = ? AND boost_of_id IS NULL";

  // Parameters: the post's id. The chain is read upwards from the post, nearest first.
  private static final String CHAIN =
      "WITH RECURSIVE chain (id, parent_id, depth) AS ("
          + " SELECT id, in_reply_to_id, 1 FROM posts WHERE id = ? AND boost_of_id IS NULL"
          + " UNION ALL SELECT q.id, q.in_reply_to_id, c.depth + 1"
          + " FROM posts q JOIN chain c ON q.id = c.parent_id WHERE c.depth < %d)"
          + " SELECT "
          + PostRowSql.COLUMNS
          + " FROM chain c JOIN posts p ON p.id = c.id JOIN users u ON u.id = p.author_id";

  private static final String NEAREST_LAST = " ORDER BY c.depth DESC";

  // Parameters: the post's id, viewer, viewer, viewer. Hidden posts are omitted, not their links.
  private static final String CHAIN_SEEN_BY =
      CHAIN + " WHERE c.depth > 0" + visibleTo("p.author_id") + NEAREST_LAST;

  // Parameters: the post's id, the cursor.
  private static final String REPLIES_OF =
      PostRowSql.SELECT + " WHERE p.in_reply_to_id = ? AND p.id > ?";
  private static final String FIRST_LIMIT = " ORDER BY p.id ASC LIMIT ";
  private static final String REPLIES = REPLIES_OF + FIRST_LIMIT;

  /**
   * A page of a thread's replies as a logged-in reader sees them; public so that the benchmark's
   * EXPLAIN plans explain this statement. Parameters: the post's id, the cursor, viewer, viewer,
   * viewer. Ends in "LIMIT ".
   */
  public static final String REPLIES_SEEN_BY = REPLIES_OF + visibleTo("p.author_id") + FIRST_LIMIT;

  private final JdbcOperations jdbc;
  private final PostRowQueries queries;
  private final PostEntityMapper mapper;

  ThreadPersistenceAdapter(JdbcOperations jdbc, PostRowQueries queries, PostEntityMapper mapper) {
    this.jdbc = jdbc;
    this.queries = queries;
    this.mapper = mapper;
  }

  @Override
  public Optional<ReplyTarget> replyTarget(PostId id) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(TARGET)) {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
              return row.next()
                  ? Optional.of(new ReplyTarget(id, new UserId(row.getLong(1)), row.getBoolean(2)))
                  : Optional.<ReplyTarget>empty();
            }
          }
        });
  }

  @Override
  public List<ThreadPost> chain(PostId id, Optional<UserId> viewer, int maxLength) {
    if (viewer.isEmpty()) {
      return threadPosts(queries.rows((CHAIN + NEAREST_LAST).formatted(maxLength), id.value()));
    }
    long me = viewer.get().value();
    return threadPosts(queries.rows(CHAIN_SEEN_BY.formatted(maxLength), id.value(), me, me, me));
  }

  @Override
  public List<ThreadPost> replies(PostId id, Optional<UserId> viewer, long afterId, int max) {
    if (viewer.isEmpty()) {
      return threadPosts(queries.rows(REPLIES + max, id.value(), afterId));
    }
    long me = viewer.get().value();
    return threadPosts(queries.rows(REPLIES_SEEN_BY + max, id.value(), afterId, me, me, me));
  }

  private List<ThreadPost> threadPosts(List<PostRow> rows) {
    return rows.stream().map(mapper::toThreadPost).toList();
  }
}
