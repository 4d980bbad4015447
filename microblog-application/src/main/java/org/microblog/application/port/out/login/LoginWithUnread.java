package org.microblog.application.port.out.login;

import java.util.Objects;
import org.microblog.domain.login.Login;

/**
 * A login record and its person's count of unread notifications, read together: the check every
 * logged-in request makes needs both, and one primary-key read joined with the user's row costs
 * what reading the login alone did.
 */
public record LoginWithUnread(Login login, long unreadNotifications) {
  public LoginWithUnread {
    Objects.requireNonNull(login, "login");
  }
}
