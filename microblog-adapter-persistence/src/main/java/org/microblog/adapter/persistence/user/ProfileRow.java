package org.microblog.adapter.persistence.user;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** A user with their follow counts, as the profile query returns it. */
@Introspected
record ProfileRow(
    long id,
    String username,
    String about,
    Instant memberSince,
    Instant lastSeen,
    long followers,
    long following,
    boolean viewerFollows,
    boolean viewerBlocks,
    boolean blocksViewer,
    boolean viewerMutes) {}
