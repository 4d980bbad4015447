package org.microblog.adapter.web.api.streaming;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.me.ApiNotifications;
import org.microblog.adapter.web.api.me.HomeStatuses;
import org.microblog.adapter.web.api.me.NotificationJson;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.domain.user.UserId;

/**
 * What a user stream sends, read the way the home timeline and the notification list read it (so
 * blocks and mutes apply alike) and rendered by the same entities: only what is newer than the
 * stream's cursors, oldest first, in reads bounded by a page.
 */
@Singleton
final class StreamContent {
  /** Statuses read per page when catching up; a burst beyond the pages is skipped. */
  private static final int PAGE = 40;

  private static final int MAX_PAGES = 5;

  private final TimelineQuery timelines;
  private final HomeStatuses home;
  private final ReadNotificationsUseCase notifications;
  private final ApiNotifications notificationEntities;
  private final JsonMapper json;

  StreamContent(
      TimelineQuery timelines,
      HomeStatuses home,
      ReadNotificationsUseCase notifications,
      ApiNotifications notificationEntities,
      JsonMapper json) {
    this.timelines = timelines;
    this.home = home;
    this.notifications = notifications;
    this.notificationEntities = notificationEntities;
    this.json = json;
  }

  /** The place of the newest entry of the reader's home timeline; 0 when it is empty. */
  long newestPosition(UserId reader) {
    Page<TimelineEntry> newest =
        timelines.homeTimeline(
            reader, new PageRequest(PageRequest.Direction.OLDER, Long.MAX_VALUE, 1));
    return newest.items().stream().mapToLong(TimelineEntry::position).max().orElse(0);
  }

  /** The home timeline's entries placed after {@code position}, oldest first. */
  List<TimelineEntry> entriesAfter(UserId reader, long position) {
    List<TimelineEntry> found = new ArrayList<>();
    long cursor = position;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      List<TimelineEntry> page =
          timelines
              .homeTimeline(reader, new PageRequest(PageRequest.Direction.NEWER, cursor, PAGE))
              .items();
      found.addAll(page);
      OptionalLong newest = page.stream().mapToLong(TimelineEntry::position).max();
      if (page.size() < PAGE || newest.isEmpty() || newest.getAsLong() <= cursor) {
        break;
      }
      cursor = newest.getAsLong();
    }
    return found.stream()
        .filter(entry -> entry.position() > position)
        .sorted(Comparator.comparingLong(TimelineEntry::position))
        .distinct()
        .toList();
  }

  List<StatusJson> statuses(UserId reader, List<TimelineEntry> entries) {
    return home.of(reader, entries);
  }

  /** The id of the reader's newest notification; 0 when they have none. */
  long newestNotification(UserId reader) {
    return newestNotifications(reader).stream().mapToLong(NotificationView::id).max().orElse(0);
  }

  /** The reader's notifications newer than {@code id}, oldest first (at most a page). */
  List<NotificationView> notificationsAfter(UserId reader, long id) {
    return newestNotifications(reader).stream()
        .filter(item -> item.id() > id)
        .sorted(Comparator.comparingLong(NotificationView::id))
        .toList();
  }

  List<NotificationJson> notifications(UserId reader, List<NotificationView> items) {
    return notificationEntities.of(reader, items);
  }

  /** The newest page, without marking anything read (only the web page's first view does). */
  private List<NotificationView> newestNotifications(UserId reader) {
    return notifications.read(reader, OptionalLong.of(Long.MAX_VALUE)).items();
  }

  String encode(Object entity) {
    try {
      return json.writeValueAsString(entity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
