package org.microblog.adapter.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code users}. The {@code *Key} columns hold the lower-case forms that uniqueness is
 * decided on; their unique constraints make "taken" atomic.
 */
@MappedEntity("users")
record UserEntity(
    @Id @GeneratedValue @Nullable Long id,
    String username,
    String usernameKey,
    String email,
    String emailKey,
    String passwordHash,
    String about,
    Instant memberSince,
    Instant lastSeen,
    boolean emailVerified,
    boolean postsFindable,
    @Nullable String language) {}
