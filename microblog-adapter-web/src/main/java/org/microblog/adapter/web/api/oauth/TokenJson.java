package org.microblog.adapter.web.api.oauth;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import org.microblog.application.port.in.oauth.IssuedToken;

/** Mastodon's Token entity: {@code created_at} in seconds since the epoch, as OAuth apps expect. */
@Serdeable(naming = SnakeCaseStrategy.class)
record TokenJson(String accessToken, String tokenType, String scope, long createdAt) {
  static TokenJson of(IssuedToken token) {
    return new TokenJson(
        token.accessToken(), "Bearer", token.scopes().text(), token.createdAt().getEpochSecond());
  }
}
