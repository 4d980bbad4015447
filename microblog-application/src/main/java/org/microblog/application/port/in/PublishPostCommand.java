package org.microblog.application.port.in;

import java.util.Objects;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;

/** A post to publish in its author's name. */
public record PublishPostCommand(UserId author, PostText text) {
  public PublishPostCommand {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
  }
}
