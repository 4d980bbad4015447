package org.microblog.adapter.persistence.user;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A user with their stored follow and post counts, as the profile query returns it ({@code
 * lastPostAt} null when they never posted).
 */
@Introspected
record ProfileRow(
    long id,
    String username,
    String about,
    Instant memberSince,
    Instant lastSeen,
    long followers,
    long following,
    long posts,
    @Nullable Instant lastPostAt,
    boolean viewerFollows,
    boolean viewerBlocks,
    boolean blocksViewer,
    boolean viewerMutes) {}
