package org.microblog.adapter.persistence.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code posts}. Ids come from an identity column, so they grow with insertion. A deleted
 * post that had replies stays as a tombstone ({@code deleted}, body and spoiler empty).
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
    @Nullable Instant editedAt) {}
