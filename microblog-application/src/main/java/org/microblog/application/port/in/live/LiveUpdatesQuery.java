package org.microblog.application.port.in.live;

import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * What an open page of a logged-in person needs to hear as it happens, on whichever instance it
 * happened: that their unread counts or logins may have changed (the page reads its status again)
 * that a post waits on their home timeline, and that one they may show was deleted.
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

    /**
     * The viewer published a post (from any device): it is on their home timeline too. Pages ignore
     * it, the page that posted shows the post already; an app's stream sends it.
     */
    default void ownPostPublished() {}

    /**
     * A post of the viewer's or of someone they follow was deleted: whoever shows it should drop
     * it. Pages ignore it (they show the post until the next reload).
     */
    default void postDeleted(PostId post) {}
  }

  /** An open watch; closing it stops the listener hearing anything more. */
  interface LiveWatch extends AutoCloseable {
    @Override
    void close();
  }
}
