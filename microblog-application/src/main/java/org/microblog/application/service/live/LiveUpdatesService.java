package org.microblog.application.service.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.application.port.out.event.LiveEvent.PostDeleted;
import org.microblog.application.port.out.event.LiveEvent.PostPublished;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.domain.user.UserId;

/**
 * One subscription to the bus for all open pages of this instance: each event is handed only to the
 * watches it concerns, found in two maps (by viewer, and by the people each viewer follows, read
 * once when the watch opens), so an event costs no statement and no work for unconcerned pages.
 * Follows made while a page is open count from its next opening.
 */
public final class LiveUpdatesService implements LiveUpdatesQuery {
  /** The most followed accounts whose posts a watch hears of. */
  static final int FOLLOWEES_HEARD = 5_000;

  private final Map<UserId, Set<LiveListener>> byViewer = new ConcurrentHashMap<>();
  private final Map<UserId, Set<LiveListener>> byAuthor = new ConcurrentHashMap<>();
  private final FollowPort follows;

  public LiveUpdatesService(FollowPort follows, EventBus events) {
    this.follows = follows;
    events.subscribe(this::heard);
  }

  @Override
  public LiveWatch watch(UserId viewer, LiveListener listener) {
    List<UserId> authors = follows.followees(viewer, FOLLOWEES_HEARD);
    add(byViewer, viewer, listener);
    authors.forEach(author -> add(byAuthor, author, listener));
    return () -> {
      remove(byViewer, viewer, listener);
      authors.forEach(author -> remove(byAuthor, author, listener));
    };
  }

  private void heard(LiveEvent event) {
    if (event instanceof PostPublished) {
      byAuthor.getOrDefault(event.user(), Set.of()).forEach(LiveListener::postWaiting);
      byViewer.getOrDefault(event.user(), Set.of()).forEach(LiveListener::ownPostPublished);
    } else if (event instanceof PostDeleted deleted) {
      byAuthor.getOrDefault(deleted.user(), Set.of()).forEach(l -> l.postDeleted(deleted.post()));
      byViewer.getOrDefault(deleted.user(), Set.of()).forEach(l -> l.postDeleted(deleted.post()));
    } else {
      byViewer.getOrDefault(event.user(), Set.of()).forEach(LiveListener::viewerChanged);
    }
  }

  private static void add(Map<UserId, Set<LiveListener>> map, UserId key, LiveListener listener) {
    map.compute(
        key,
        (k, listeners) -> {
          Set<LiveListener> all = listeners == null ? ConcurrentHashMap.newKeySet() : listeners;
          all.add(listener);
          return all;
        });
  }

  private static void remove(
      Map<UserId, Set<LiveListener>> map, UserId key, LiveListener listener) {
    map.computeIfPresent(
        key,
        (k, listeners) -> {
          listeners.remove(listener);
          return listeners.isEmpty() ? null : listeners;
        });
  }
}
