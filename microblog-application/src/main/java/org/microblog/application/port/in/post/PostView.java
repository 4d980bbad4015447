package org.microblog.application.port.in.post;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * A post as lists show it: with its author's name, its content warning, its stored like count and,
 * once its author has edited it, when they last did.
 */
public record PostView(
    PostId id,
    UserId authorId,
    Username author,
    PostText text,
    Instant publishedAt,
    ContentWarning warning,
    long likeCount,
    Optional<Instant> editedAt) {

  public PostView {
    Objects.requireNonNull(warning, "warning");
    Objects.requireNonNull(editedAt, "editedAt");
  }

  /** A post without a content warning that nobody liked or edited yet. */
  public PostView(PostId id, UserId authorId, Username author, PostText text, Instant publishedAt) {
    this(id, authorId, author, text, publishedAt, ContentWarning.none(), 0, Optional.empty());
  }
}
