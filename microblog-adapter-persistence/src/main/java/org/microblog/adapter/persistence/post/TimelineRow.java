package org.microblog.adapter.persistence.post;

import io.micronaut.core.annotation.Nullable;

/**
 * A home timeline's entry as {@link PostRowQueries} reads it: where it sits, who boosted the post
 * (null for the post in its own place) and the post.
 */
record TimelineRow(long position, @Nullable String booster, PostRow post) {}
