package org.microblog.adapter.web.settings;

import java.util.List;
import org.microblog.adapter.web.oauth.ScopeItem;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.domain.oauth.AppWebsite;

/** One authorised app as the apps page shows it, with what each of its scopes allows. */
record AppItem(
    String clientId, String name, String website, List<ScopeItem> scopes, Timestamp authorised) {

  static AppItem of(AuthorisedApp app) {
    return new AppItem(
        app.app().clientId().value(),
        app.app().name().value(),
        app.app().website().map(AppWebsite::value).orElse(null),
        ScopeItem.of(app.scopes().names()),
        Timestamp.of(app.authorisedAt()));
  }
}
