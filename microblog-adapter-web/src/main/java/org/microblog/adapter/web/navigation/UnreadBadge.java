package org.microblog.adapter.web.navigation;

/**
 * An unread count in the navigation bar: notifications beside "Notifications", messages beside
 * "Messages". {@link UnreadBadges} words them in the reader's language.
 *
 * @param count the number shown, empty when there is nothing unread
 * @param label what a screen reader says, e.g. "3 unread notifications"
 */
public record UnreadBadge(String count, String label) {
  /** Nothing unread: no number, no badge. */
  public static final UnreadBadge NONE = new UnreadBadge("", "");
}
