package org.microblog.application.port.in.login;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.Language;

/**
 * What every logged-in page needs to know about its viewer beyond the login token: read together
 * with the check that the login is still live, so it costs no statement of its own.
 *
 * @param unreadNotifications the number shown beside "Notifications" in the navigation bar
 * @param unreadMessages the number shown beside "Messages" in the navigation bar
 * @param language the language the person chose for pages; empty when they chose none
 */
public record LoginStatus(
    long unreadNotifications, long unreadMessages, Optional<Language> language) {
  public LoginStatus {
    Objects.requireNonNull(language, "language");
    if (unreadNotifications < 0) {
      throw new IllegalArgumentException("unreadNotifications must not be negative");
    }
    if (unreadMessages < 0) {
      throw new IllegalArgumentException("unreadMessages must not be negative");
    }
  }

  /** Of a person who chose no language. */
  public LoginStatus(long unreadNotifications, long unreadMessages) {
    this(unreadNotifications, unreadMessages, Optional.empty());
  }

  /** With no unread messages. */
  public LoginStatus(long unreadNotifications) {
    this(unreadNotifications, 0);
  }
}
