package org.microblog.adapter.persistence.post;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** A post joined with its author's name, as the timeline queries return it. */
@Introspected
record PostRow(long id, long authorId, String authorName, String body, Instant publishedAt) {}
