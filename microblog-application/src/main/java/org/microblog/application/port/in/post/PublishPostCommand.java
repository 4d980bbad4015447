package org.microblog.application.port.in.post;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;

/**
 * A post to publish in its author's name.
 *
 * @param formToken the token of the form it comes from, if any: publishing the same form twice
 *     publishes one post
 */
public record PublishPostCommand(UserId author, PostText text, Optional<FormToken> formToken) {
  public PublishPostCommand {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(formToken, "formToken");
  }

  public PublishPostCommand(UserId author, PostText text) {
    this(author, text, Optional.empty());
  }
}
