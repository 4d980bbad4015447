package org.microblog.application.port.in.oauth;

import java.util.List;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.user.UserId;

/** The apps a person has let act for them, each of which they can revoke. */
public interface AuthorisedAppsUseCase {
  List<AuthorisedApp> appsOf(UserId user);

  /** Revokes every token of the app for the person; nothing happens for an app without any. */
  void revoke(UserId user, ClientId clientId);
}
