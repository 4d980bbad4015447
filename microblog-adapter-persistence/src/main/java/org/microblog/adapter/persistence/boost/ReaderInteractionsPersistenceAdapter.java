package org.microblog.adapter.persistence.boost;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.out.post.ReaderInteractionsPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Which of a page's posts the reader likes and boosts, in one statement: each post found through
 * its key, and two probes of an index per post ({@code pk_likes} and {@code
 * uq_posts_author_boost_of}).
 *
 * <p>One SQL text for any number of posts (an array parameter, not an IN list of that many
 * placeholders) and a plain SELECT rather than a UNION: H2 keeps a parsed statement only for a
 * SELECT without UNION and only per distinct text, and parsing the former UNION on every page cost
 * more than running it.
 */
@Singleton
public class ReaderInteractionsPersistenceAdapter implements ReaderInteractionsPort {
  // Parameters: the reader, the reader, the posts' ids (an array).
  private static final String INTERACTIONS =
      "SELECT p.id,"
          + " EXISTS (SELECT 1 FROM likes l WHERE l.post_id = p.id AND l.user_id = ?),"
          + " EXISTS (SELECT 1 FROM posts b WHERE b.author_id = ? AND b.boost_of_id = p.id)"
          + " FROM posts p WHERE p.id = ANY (?)";

  private final JdbcOperations jdbc;

  ReaderInteractionsPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public ReaderInteractions interactions(UserId reader, Collection<PostId> posts) {
    if (posts.isEmpty()) {
      return ReaderInteractions.NONE;
    }
    Long[] ids = posts.stream().map(PostId::value).toArray(Long[]::new);
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(INTERACTIONS)) {
            statement.setLong(1, reader.value());
            statement.setLong(2, reader.value());
            statement.setArray(3, connection.createArrayOf("BIGINT", ids));
            Set<PostId> liked = new HashSet<>();
            Set<PostId> boosted = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                PostId post = new PostId(rows.getLong(1));
                if (rows.getBoolean(2)) {
                  liked.add(post);
                }
                if (rows.getBoolean(3)) {
                  boosted.add(post);
                }
              }
            }
            return new ReaderInteractions(liked, boosted);
          }
        });
  }
}
