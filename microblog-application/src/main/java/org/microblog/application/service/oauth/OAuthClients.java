package org.microblog.application.service.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.microblog.application.port.in.oauth.ClientCredentials;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;
import org.microblog.application.port.out.oauth.OAuthAppPort;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.shared.DomainException;

/** Finds apps by their public id, and authenticates them by their secret. */
public final class OAuthClients {
  private static final int MAX_SECRET = 200;
  private final OAuthAppPort apps;

  public OAuthClients(OAuthAppPort apps) {
    this.apps = apps;
  }

  /** The app of a well-formed, registered client id; else {@code invalid_client}. */
  OAuthApp find(String clientId) {
    try {
      return apps.find(new ClientId(clientId)).orElseThrow(OAuthClients::invalidClient);
    } catch (DomainException malformed) {
      throw invalidClient();
    }
  }

  /** The app whose secret the request carries; the secret's hash is compared in constant time. */
  OAuthApp authenticate(ClientCredentials credentials) {
    String secret = credentials.clientSecret();
    if (credentials.clientId() == null || secret == null || secret.length() > MAX_SECRET) {
      throw invalidClient();
    }
    OAuthApp app = find(credentials.clientId());
    byte[] given = TokenHash.of(secret).value().getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(
        given, app.secretHash().value().getBytes(StandardCharsets.US_ASCII))) {
      throw invalidClient();
    }
    return app;
  }

  static OAuthRefusal invalidClient() {
    return new OAuthRefusal(
        OAuthError.INVALID_CLIENT,
        "Client authentication failed due to unknown client, no client authentication included,"
            + " or unsupported authentication method.");
  }
}
