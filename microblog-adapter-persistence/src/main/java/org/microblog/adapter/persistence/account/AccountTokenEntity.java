package org.microblog.adapter.persistence.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code account_tokens}: a mailed link, by the hash of its token. */
@MappedEntity("account_tokens")
record AccountTokenEntity(
    @Id String tokenHash,
    long userId,
    String purpose,
    String email,
    Instant issuedAt,
    Instant expiresAt,
    boolean used) {}
