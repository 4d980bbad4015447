package org.microblog.adapter.web.api.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import org.microblog.domain.oauth.AppWebsite;
import org.microblog.domain.oauth.OAuthApp;

/**
 * Mastodon's Application entity. The client id and secret appear only in the registration's answer
 * ({@link #registered}); the secret is never shown again.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record AppJson(
    String id,
    String name,
    String website,
    List<String> scopes,
    String redirectUri,
    List<String> redirectUris,
    String vapidKey,
    String clientId,
    String clientSecret,
    Long clientSecretExpiresAt) {

  static AppJson registered(OAuthApp app, String secret) {
    return of(app, app.clientId().value(), secret);
  }

  static AppJson shown(OAuthApp app) {
    return of(app, null, null);
  }

  private static AppJson of(OAuthApp app, String clientId, String secret) {
    return new AppJson(
        app.clientId().value(),
        app.name().value(),
        app.website().map(AppWebsite::value).orElse(null),
        app.scopes().names(),
        app.redirectUris().text(),
        app.redirectUris().values(),
        "",
        clientId,
        secret,
        secret == null ? null : 0L);
  }
}
