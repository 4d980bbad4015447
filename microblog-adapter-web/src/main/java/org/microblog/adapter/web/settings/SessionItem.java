package org.microblog.adapter.web.settings;

import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.login.LoginView;
import org.microblog.domain.login.LoginId;

/** One login as the sessions page shows it; {@code current} marks the browser looking at it. */
record SessionItem(
    String id,
    String browser,
    String network,
    boolean remembered,
    boolean current,
    Timestamp started,
    Timestamp lastUsed,
    Timestamp expires) {

  static SessionItem of(LoginView login, LoginId currentLogin) {
    return new SessionItem(
        login.id().value(),
        login.browser(),
        login.network(),
        login.remembered(),
        login.id().equals(currentLogin),
        Timestamp.of(login.startedAt()),
        Timestamp.of(login.lastUsedAt()),
        Timestamp.of(login.expiresAt()));
  }
}
