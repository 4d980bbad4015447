package org.microblog.domain.post;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.UserId;

/**
 * A post about to be stored, before an id is assigned.
 *
 * @param formToken the token of the form it was written in, if any: a second post with the same
 *     author and token is the same post
 */
public record NewPost(
    UserId authorId, PostText text, Instant publishedAt, Optional<FormToken> formToken) {
  public NewPost {
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(formToken, "formToken");
  }

  public NewPost(UserId authorId, PostText text, Instant publishedAt) {
    this(authorId, text, publishedAt, Optional.empty());
  }
}
