package org.microblog.application.port.out.login;

import java.util.Objects;
import org.microblog.domain.login.Login;

/**
 * A login record and its person's counts of unread notifications and messages, read together: the
 * check every logged-in request makes needs them all, and one primary-key read joined with the
 * user's row costs what reading the login alone did.
 */
public record LoginWithUnread(Login login, long unreadNotifications, long unreadMessages) {
  public LoginWithUnread {
    Objects.requireNonNull(login, "login");
  }

  /** With no unread messages. */
  public LoginWithUnread(Login login, long unreadNotifications) {
    this(login, unreadNotifications, 0);
  }
}
