package org.microblog.adapter.persistence.post;

import java.time.Instant;

/** A post joined with its author's name, as {@link TimelineQueries} reads it. */
record PostRow(long id, long authorId, String authorName, String body, Instant publishedAt) {}
