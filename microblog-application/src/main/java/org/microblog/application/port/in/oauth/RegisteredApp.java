package org.microblog.application.port.in.oauth;

import org.microblog.domain.oauth.OAuthApp;

/** A new app and its client secret, which is shown this once and never stored. */
public record RegisteredApp(OAuthApp app, String clientSecret) {
  @Override
  public String toString() {
    return "RegisteredApp[" + app.clientId().value() + "]";
  }
}
