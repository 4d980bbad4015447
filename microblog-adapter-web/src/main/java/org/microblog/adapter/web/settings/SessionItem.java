package org.microblog.adapter.web.settings;

import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.login.LoginView;
import org.microblog.domain.login.LoginId;

/**
 * One login as the sessions page shows it; {@code current} marks the browser looking at it. The
 * browser ("Firefox on Linux") and the network were described in English when the login began; they
 * are shown in the reader's language where the bundles know the wording.
 */
record SessionItem(
    String id,
    Phrase browser,
    Phrase network,
    boolean remembered,
    boolean current,
    Timestamp started,
    Timestamp lastUsed,
    Timestamp expires) {

  static SessionItem of(LoginView login, LoginId currentLogin) {
    return new SessionItem(
        login.id().value(),
        Phrase.known("settings.sessions.browser", login.browser()),
        Phrase.known("settings.sessions.network", login.network()),
        login.remembered(),
        login.id().equals(currentLogin),
        Timestamp.of(login.startedAt()),
        Timestamp.of(login.lastUsedAt()),
        Timestamp.of(login.expiresAt()));
  }
}
