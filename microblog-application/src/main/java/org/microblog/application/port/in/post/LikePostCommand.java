package org.microblog.application.port.in.post;

import java.util.Objects;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** Someone likes, or stops liking, a post. */
public record LikePostCommand(UserId reader, PostId post) {
  public LikePostCommand {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(post, "post");
  }
}
