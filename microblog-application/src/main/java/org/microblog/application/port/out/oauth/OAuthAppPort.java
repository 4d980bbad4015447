package org.microblog.application.port.out.oauth;

import java.util.Optional;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;

/** The apps registered through the client API. */
public interface OAuthAppPort {
  void add(OAuthApp app);

  Optional<OAuthApp> find(ClientId clientId);
}
