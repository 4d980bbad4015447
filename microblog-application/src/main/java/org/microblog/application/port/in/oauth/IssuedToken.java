package org.microblog.application.port.in.oauth;

import java.time.Instant;
import org.microblog.domain.oauth.Scopes;

/** A new bearer token: its value is shown once, in the token endpoint's answer. */
public record IssuedToken(String accessToken, Scopes scopes, Instant createdAt) {
  @Override
  public String toString() {
    return "IssuedToken[" + scopes.text() + "]";
  }
}
