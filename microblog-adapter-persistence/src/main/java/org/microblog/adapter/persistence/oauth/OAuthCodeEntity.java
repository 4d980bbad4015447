package org.microblog.adapter.persistence.oauth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code oauth_codes}: an approved authorization, by the hash of its code. */
@MappedEntity("oauth_codes")
record OAuthCodeEntity(
    @Id String codeHash,
    String clientId,
    long userId,
    String redirectUri,
    String scopes,
    @Nullable String codeChallenge,
    Instant issuedAt) {}
