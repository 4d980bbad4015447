package org.microblog.adapter.persistence.oauth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code oauth_apps}. */
@MappedEntity("oauth_apps")
record OAuthAppEntity(
    @Id String clientId,
    String name,
    @Nullable String website,
    String redirectUris,
    String scopes,
    String secretHash,
    Instant createdAt) {}
