package org.microblog.adapter.persistence.boost;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.out.post.ReaderInteractionsPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Which of a page's posts the reader likes and boosts, in one statement: two index ranges ({@code
 * ix_likes_user_id_post_id} and {@code uq_posts_author_boost_of}) under a UNION ALL, each row
 * marked with what it is.
 */
@Singleton
public class ReaderInteractionsPersistenceAdapter implements ReaderInteractionsPort {
  private static final int LIKED = 1;

  private final JdbcOperations jdbc;

  ReaderInteractionsPersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public ReaderInteractions interactions(UserId reader, Collection<PostId> posts) {
    List<PostId> ids = List.copyOf(posts);
    if (ids.isEmpty()) {
      return ReaderInteractions.NONE;
    }
    String in = "?, ".repeat(ids.size() - 1) + "?)";
    String sql =
        "SELECT post_id, "
            + LIKED
            + " FROM likes WHERE user_id = ? AND post_id IN ("
            + in
            + " UNION ALL SELECT boost_of_id, 2 FROM posts WHERE author_id = ? AND boost_of_id IN ("
            + in;
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (int half = 0; half < 2; half++) {
              statement.setLong(parameter++, reader.value());
              for (PostId id : ids) {
                statement.setLong(parameter++, id.value());
              }
            }
            Set<PostId> liked = new HashSet<>();
            Set<PostId> boosted = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                PostId post = new PostId(rows.getLong(1));
                (rows.getInt(2) == LIKED ? liked : boosted).add(post);
              }
            }
            return new ReaderInteractions(liked, boosted);
          }
        });
  }
}
