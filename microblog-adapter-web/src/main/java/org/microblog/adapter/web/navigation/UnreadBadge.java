package org.microblog.adapter.web.navigation;

/**
 * An unread count in the navigation bar: notifications beside "Notifications", messages beside
 * "Messages".
 *
 * @param count the number shown, empty when there is nothing unread
 * @param label what a screen reader says, e.g. "3 unread notifications"
 */
public record UnreadBadge(String count, String label) {
  /** Nothing unread: no number, no badge. */
  public static final UnreadBadge NONE = new UnreadBadge("", "");

  public static UnreadBadge of(long unread) {
    if (unread <= 0) {
      return NONE;
    }
    return new UnreadBadge(
        Long.toString(unread),
        unread + (unread == 1 ? " unread notification" : " unread notifications"));
  }

  public static UnreadBadge messages(long unread) {
    if (unread <= 0) {
      return NONE;
    }
    return new UnreadBadge(
        Long.toString(unread), unread + (unread == 1 ? " unread message" : " unread messages"));
  }
}
