package org.microblog.adapter.persistence.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code posts}. Ids come from an identity column, so they grow with insertion. A deleted
 * post that had replies stays as a tombstone ({@code deleted}, body and spoiler empty). A row with
 * {@code boostOfId} is someone's boost of that post, no post of its own (see V8): only {@link
 * #isPost()} rows become domain posts.
 */
@MappedEntity("posts")
record PostEntity(
    @Id @GeneratedValue @Nullable Long id,
    long authorId,
    String body,
    Instant publishedAt,
    @Nullable String formToken,
    @Nullable Long inReplyToId,
    String spoiler,
    boolean deleted,
    long likeCount,
    long replyCount,
    long boostCount,
    @Nullable Long boostOfId,
    @Nullable Instant editedAt,
    @Nullable String language) {

  /** A post that is neither deleted (a tombstone) nor a boost. */
  boolean isPost() {
    return !deleted && boostOfId == null;
  }
}
