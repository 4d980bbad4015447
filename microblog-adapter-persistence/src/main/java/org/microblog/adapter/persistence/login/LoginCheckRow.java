package org.microblog.adapter.persistence.login;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/**
 * A login joined with its person's unread notification and message counts, as the login check reads
 * it.
 */
@Introspected
record LoginCheckRow(
    String id,
    long userId,
    boolean remembered,
    Instant startedAt,
    Instant lastUsedAt,
    String browser,
    String network,
    long unreadNotifications,
    long unreadMessages) {}
