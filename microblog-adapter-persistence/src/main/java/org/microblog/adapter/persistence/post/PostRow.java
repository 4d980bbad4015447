package org.microblog.adapter.persistence.post;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A post joined with its author's name, as {@link PostRowQueries} reads it. */
record PostRow(
    long id,
    long authorId,
    String authorName,
    String body,
    Instant publishedAt,
    String spoiler,
    long likeCount,
    boolean deleted,
    long replyCount,
    long boostCount,
    @Nullable Instant editedAt,
    @Nullable String language) {}
