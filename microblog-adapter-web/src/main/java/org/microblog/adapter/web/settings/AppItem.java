package org.microblog.adapter.web.settings;

import java.util.List;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.domain.oauth.AppWebsite;

/** One authorised app as the apps page shows it. */
record AppItem(
    String clientId, String name, String website, List<String> scopes, Timestamp authorised) {

  static AppItem of(AuthorisedApp app) {
    return new AppItem(
        app.app().clientId().value(),
        app.app().name().value(),
        app.app().website().map(AppWebsite::value).orElse(null),
        app.scopes().names(),
        Timestamp.of(app.authorisedAt()));
  }
}
