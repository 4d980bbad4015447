package org.microblog.adapter.persistence.post;

import jakarta.inject.Singleton;
import java.util.List;
import org.microblog.application.port.in.post.PostView;

/**
 * Post lists for other packages of this adapter (search): one statement that selects {@link
 * #COLUMNS} from {@code posts p} joined with {@code users u}, read as every post list is ({@link
 * PostRowQueries}).
 */
@Singleton
public final class PostViewQueries {
  /** The columns a statement given to {@link #views} selects first, in order. */
  public static final String COLUMNS = PostRowSql.COLUMNS;

  private final PostRowQueries queries;
  private final PostEntityMapper mapper;

  PostViewQueries(PostRowQueries queries, PostEntityMapper mapper) {
    this.queries = queries;
    this.mapper = mapper;
  }

  public List<PostView> views(String sql, List<Object> parameters) {
    return queries.rows(sql, parameters.toArray()).stream().map(mapper::toView).toList();
  }
}
