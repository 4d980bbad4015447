package org.microblog.application.port.in.live;

import org.microblog.domain.user.UserId;

/**
 * What an open page of a logged-in person needs to hear as it happens, on whichever instance it
 * happened: that their unread counts or logins may have changed (the page reads its status again)
 * and that a post waits on their home timeline.
 */
public interface LiveUpdatesQuery {

  /**
   * Starts telling the listener about the viewer until the watch is closed. Reads whom the viewer
   * follows once (one bounded read), so it blocks briefly; the listener is then called from the
   * event bus's thread and must return quickly.
   */
  LiveWatch watch(UserId viewer, LiveListener listener);

  /** Hears what concerns one viewer. */
  interface LiveListener {
    /** Their unread counts changed, or one of their logins ended: read their status again. */
    void viewerChanged();

    /** Someone they follow published a post, now waiting on their home timeline. */
    void postWaiting();
  }

  /** An open watch; closing it stops the listener hearing anything more. */
  interface LiveWatch extends AutoCloseable {
    @Override
    void close();
  }
}
