package org.microblog.adapter.persistence.oauth;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** An app joined with the scopes and date of a person's newest token for it. */
@Introspected
record AuthorisedAppRow(
    String clientId,
    String name,
    @Nullable String website,
    String redirectUris,
    String appScopes,
    String secretHash,
    Instant appCreatedAt,
    String tokenScopes,
    Instant authorisedAt) {}
