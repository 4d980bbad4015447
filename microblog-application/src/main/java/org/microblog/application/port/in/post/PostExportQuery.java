package org.microblog.application.port.in.post;

import java.util.List;
import org.microblog.domain.post.Post;
import org.microblog.domain.user.UserId;

/** All of one's own posts, newest first, to take away. */
public interface PostExportQuery {
  List<Post> allPostsOf(UserId author);
}
