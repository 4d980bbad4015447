package org.microblog.adapter.persistence.oauth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code oauth_tokens}: a bearer token, by its hash. */
@MappedEntity("oauth_tokens")
record OAuthTokenEntity(
    @Id String tokenHash,
    String clientId,
    @Nullable Long userId,
    String scopes,
    Instant createdAt) {}
