package org.microblog.application.port.out.login;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.login.Login;
import org.microblog.domain.user.Language;

/**
 * A login record and its person's counts of unread notifications and messages and their chosen
 * language, read together: the check every logged-in request makes needs them all, and one
 * primary-key read joined with the user's row costs what reading the login alone did.
 */
public record LoginWithUnread(
    Login login, long unreadNotifications, long unreadMessages, Optional<Language> language) {
  public LoginWithUnread {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(language, "language");
  }

  /** Of a person who chose no language. */
  public LoginWithUnread(Login login, long unreadNotifications, long unreadMessages) {
    this(login, unreadNotifications, unreadMessages, Optional.empty());
  }

  /** With no unread messages, of a person who chose no language. */
  public LoginWithUnread(Login login, long unreadNotifications) {
    this(login, unreadNotifications, 0);
  }
}
