package org.microblog.application.port.in.post;

import java.util.Objects;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;

/** Someone gives a post a new body and content warning; only its author may. */
public record EditPostCommand(UserId editor, PostId post, PostText text, ContentWarning warning) {
  public EditPostCommand {
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(warning, "warning");
  }
}
