package org.microblog.application.service.post;

import java.util.List;
import org.microblog.application.port.in.post.PostExportQuery;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.domain.post.Post;
import org.microblog.domain.user.UserId;

/** Reads all of one author's posts for a download. */
public final class PostExportService implements PostExportQuery {
  private final LoadPostPort posts;

  public PostExportService(LoadPostPort posts) {
    this.posts = posts;
  }

  @Override
  public List<Post> allPostsOf(UserId author) {
    return posts.allBy(author);
  }
}
