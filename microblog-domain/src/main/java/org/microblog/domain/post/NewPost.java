package org.microblog.domain.post;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.user.UserId;

/** A post about to be stored, before an id is assigned. */
public record NewPost(UserId authorId, PostText text, Instant publishedAt) {
  public NewPost {
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
