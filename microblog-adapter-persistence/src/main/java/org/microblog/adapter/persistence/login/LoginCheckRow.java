package org.microblog.adapter.persistence.login;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A login joined with its person's unread notification and message counts and chosen language, as
 * the login check reads it.
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
    long unreadMessages,
    @Nullable String language) {}
