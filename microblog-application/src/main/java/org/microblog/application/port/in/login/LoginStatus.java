package org.microblog.application.port.in.login;

/**
 * What every logged-in page needs to know about its viewer beyond the login token: read together
 * with the check that the login is still live, so it costs no statement of its own.
 *
 * @param unreadNotifications the number shown beside "Notifications" in the navigation bar
 * @param unreadMessages the number shown beside "Messages" in the navigation bar
 */
public record LoginStatus(long unreadNotifications, long unreadMessages) {
  public LoginStatus {
    if (unreadNotifications < 0) {
      throw new IllegalArgumentException("unreadNotifications must not be negative");
    }
    if (unreadMessages < 0) {
      throw new IllegalArgumentException("unreadMessages must not be negative");
    }
  }

  /** With no unread messages. */
  public LoginStatus(long unreadNotifications) {
    this(unreadNotifications, 0);
  }
}
