package org.microblog.application.service.login;

import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.application.port.out.event.LiveEvent.AccountChanged;
import org.microblog.application.port.out.event.LiveEvent.LoginsEnded;
import org.microblog.application.port.out.event.LiveEvent.NotificationsRead;
import org.microblog.application.port.out.event.LiveEvent.UnreadChanged;
import org.microblog.domain.user.UserId;

/**
 * How use cases announce that someone's unread counts or logins changed: this instance's memory of
 * their login ({@link RecentlyValidLogins}) is updated at once, and the event goes out on the bus,
 * so every other instance updates its memory as soon as it hears it (instead of within the memory's
 * time to live) and open pages show the new counts. Hearing one's own event again changes nothing.
 */
public final class ViewerChanges {
  private final RecentlyValidLogins recent;
  private final EventBus events;

  public ViewerChanges(RecentlyValidLogins recent, EventBus events) {
    this.recent = recent;
    this.events = events;
    events.subscribe(this::heard);
  }

  /** A notification or message came or was read: the user's counts must be read again. */
  public void unreadChanged(UserId user) {
    recent.forget(user);
    events.publish(new UnreadChanged(user));
  }

  /** The user has just seen their notifications. */
  public void notificationsRead(UserId user) {
    recent.markedRead(user);
    events.publish(new NotificationsRead(user));
  }

  /**
   * Something the login check reads of the user's account changed (their language): every instance
   * reads it again on their next page.
   */
  public void accountChanged(UserId user) {
    recent.forget(user);
    events.publish(new AccountChanged(user));
  }

  /** One or all of the user's logins ended: no instance may trust what it remembers of them. */
  public void loginsEnded(UserId user) {
    recent.forget(user);
    events.publish(new LoginsEnded(user));
  }

  private void heard(LiveEvent event) {
    if (event instanceof NotificationsRead) {
      recent.markedRead(event.user());
    } else if (event instanceof UnreadChanged
        || event instanceof LoginsEnded
        || event instanceof AccountChanged) {
      recent.forget(event.user());
    }
  }
}
