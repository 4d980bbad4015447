package org.microblog.adapter.web.api.streaming;

import io.micronaut.http.sse.Event;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.me.NotificationJson;
import org.microblog.adapter.web.live.OpenStreams;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.in.live.LiveUpdatesQuery.LiveListener;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * One app's user stream, fed by the same watch as the pages' live stream: an event only says "look
 * again", so the stream reads what is newer than it last sent (its cursors) and sends Mastodon's
 * {@code update}, {@code notification} and {@code delete} events. Reads run on the blocking pool,
 * one at a time per stream, and a burst of events costs one read. Idle, it costs a heartbeat
 * comment every half minute and nothing else. It ends when its token is revoked (the person hears
 * of it as of a login ended).
 */
final class UserStream implements LiveListener {
  static final String UPDATE = "update";
  static final String NOTIFICATION = "notification";
  static final String DELETE = "delete";

  private final FluxSink<Event<String>> sink;
  private final UserId reader;
  private final Channel channel;
  private final StreamContent content;
  private final Executor blocking;
  private final AtomicBoolean statusesQueued = new AtomicBoolean();
  private final AtomicBoolean viewerQueued = new AtomicBoolean();
  private final BooleanSupplier tokenLive;
  private long lastPosition;
  private long lastNotification;

  /** What a stream sends: statuses (the home timeline), notifications, or both. */
  record Channel(boolean statuses, boolean notifications) {}

  UserStream(
      FluxSink<Event<String>> sink,
      UserId reader,
      Channel channel,
      StreamContent content,
      Executor blocking,
      BooleanSupplier tokenLive) {
    this.sink = sink;
    this.tokenLive = tokenLive;
    this.reader = reader;
    this.channel = channel;
    this.content = content;
    this.blocking = blocking;
  }

  /**
   * Starts listening, then reads where the stream starts from (so that nothing published in between
   * is lost: its read waits for this one), and beats every {@code heartbeat}; all of it stops when
   * the app goes away or the instance shuts down.
   */
  synchronized void open(LiveUpdatesQuery live, Duration heartbeat, OpenStreams streams) {
    LiveUpdatesQuery.LiveWatch watch = live.watch(reader, this);
    Disposable beats =
        Flux.interval(heartbeat, heartbeat).subscribe(tick -> sink.next(comment("thump")));
    streams.add(sink);
    sink.onDispose(Disposables.composite(watch::close, beats, () -> streams.remove(sink)));
    lastPosition = channel.statuses() ? content.newestPosition(reader) : 0;
    lastNotification = channel.notifications() ? content.newestNotification(reader) : 0;
    // At once, so that the app knows the stream is open before anything happens.
    sink.next(comment(")"));
  }

  @Override
  public void postWaiting() {
    if (channel.statuses()) {
      soon(statusesQueued, this::sendNewStatuses);
    }
  }

  @Override
  public void ownPostPublished() {
    postWaiting();
  }

  /**
   * Their notifications, logins or apps changed: the stream ends if its token was revoked (one
   * lookup), else sends the new notifications.
   */
  @Override
  public void viewerChanged() {
    soon(viewerQueued, this::lookAgain);
  }

  @Override
  public void postDeleted(PostId post) {
    if (channel.statuses()) {
      sink.next(Event.of(Long.toString(post.value())).name(DELETE));
    }
  }

  /**
   * Runs the read on the blocking pool unless one is already waiting to run, or the app has gone.
   */
  private void soon(AtomicBoolean queued, Runnable read) {
    if (sink.isCancelled() || !queued.compareAndSet(false, true)) {
      return;
    }
    blocking.execute(
        () -> {
          queued.set(false);
          try {
            read.run();
          } catch (RuntimeException e) {
            sink.error(e);
          }
        });
  }

  private synchronized void sendNewStatuses() {
    List<TimelineEntry> entries = content.entriesAfter(reader, lastPosition);
    if (entries.isEmpty()) {
      return;
    }
    lastPosition = entries.get(entries.size() - 1).position();
    for (StatusJson status : content.statuses(reader, entries)) {
      sink.next(Event.of(content.encode(status)).name(UPDATE));
    }
  }

  private synchronized void lookAgain() {
    if (!tokenLive.getAsBoolean()) {
      sink.complete();
    } else if (channel.notifications()) {
      sendNewNotifications();
    }
  }

  private void sendNewNotifications() {
    List<NotificationView> items = content.notificationsAfter(reader, lastNotification);
    if (items.isEmpty()) {
      return;
    }
    lastNotification = items.get(items.size() - 1).id();
    for (NotificationJson notification : content.notifications(reader, items)) {
      sink.next(Event.of(content.encode(notification)).name(NOTIFICATION));
    }
  }

  private static Event<String> comment(String text) {
    return Event.of("").comment(text);
  }
}
