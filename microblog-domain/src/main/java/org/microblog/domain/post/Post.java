package org.microblog.domain.post;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/** A published post. Only its author may delete or edit it. */
public record Post(PostId id, UserId authorId, PostText text, Instant publishedAt) {
  public Post {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }

  /** Refuses anyone but the author. */
  public void ensureDeletableBy(UserId requester) {
    if (!authorId.equals(requester)) {
      throw DomainException.forbidden("post.not-author", "You can delete only your own posts.");
    }
  }

  /** Refuses anyone but the author, with the same key as deleting. */
  public void ensureEditableBy(UserId requester) {
    if (!authorId.equals(requester)) {
      throw DomainException.forbidden("post.not-author", "You can edit only your own posts.");
    }
  }
}
