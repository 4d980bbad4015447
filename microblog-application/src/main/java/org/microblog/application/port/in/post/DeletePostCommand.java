package org.microblog.application.port.in.post;

import java.util.Objects;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** Someone asks to delete a post; only its author may. */
public record DeletePostCommand(UserId requester, PostId post) {
  public DeletePostCommand {
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(post, "post");
  }
}
