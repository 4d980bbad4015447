package org.microblog.adapter.persistence.login;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code logins}: one browser's login. */
@MappedEntity("logins")
record LoginEntity(
    @Id String id,
    long userId,
    boolean remembered,
    Instant startedAt,
    Instant lastUsedAt,
    String browser,
    String network) {}
