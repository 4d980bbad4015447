package org.microblog.adapter.web.live;

import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.microblog.adapter.web.navigation.UnreadBadges;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.in.live.LiveUpdatesQuery.LiveListener;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * One open page's stream: sends the counts when they differ from the last sent, one {@code post}
 * event per post waiting, and ends when the login has ended. Reading a status again is one
 * primary-key lookup (or none, when another of the person's pages has just read it), done on the
 * blocking pool so that neither the event bus nor the event loop waits for it. The counts' labels
 * are in the language of the page that opened the stream.
 */
final class LiveStream implements LiveListener {
  static final String COUNTS = "counts";
  static final String POST = "post";

  private final FluxSink<Event<String>> sink;
  private final LoginValidityQuery validity;
  private final UserId viewer;
  private final LoginId login;
  private final Executor blocking;
  private final JsonMapper json;
  private final UnreadBadges badges;
  private final Language language;
  private final AtomicReference<LiveCounts> sent = new AtomicReference<>();

  LiveStream(
      FluxSink<Event<String>> sink,
      LoginValidityQuery validity,
      UserId viewer,
      LoginId login,
      Executor blocking,
      JsonMapper json,
      UnreadBadges badges,
      Language language) {
    this.sink = sink;
    this.validity = validity;
    this.viewer = viewer;
    this.login = login;
    this.blocking = blocking;
    this.json = json;
    this.badges = badges;
    this.language = language;
  }

  /**
   * Opens the watch, sends the counts the login check has just read, and a comment every {@code
   * heartbeat}; all of it stops when the stream ends.
   */
  void open(LiveUpdatesQuery live, LoginStatus current, Duration heartbeat, OpenStreams streams) {
    LiveUpdatesQuery.LiveWatch watch = live.watch(viewer, this);
    Disposable beats =
        Flux.interval(heartbeat, heartbeat)
            .subscribe(tick -> sink.next(Event.of("").comment("keep-alive")));
    streams.add(sink);
    sink.onDispose(Disposables.composite(watch::close, beats, () -> streams.remove(sink)));
    send(current);
  }

  @Override
  public void viewerChanged() {
    blocking.execute(
        () -> {
          try {
            Optional<LoginStatus> status = validity.status(viewer, login);
            status.ifPresentOrElse(this::send, sink::complete);
          } catch (RuntimeException e) {
            sink.error(e);
          }
        });
  }

  @Override
  public void postWaiting() {
    sink.next(Event.of("1").name(POST));
  }

  private void send(LoginStatus status) {
    LiveCounts counts = LiveCounts.of(status, badges, language);
    if (!counts.equals(sent.getAndSet(counts))) {
      sink.next(Event.of(encode(counts)).name(COUNTS));
    }
  }

  private String encode(LiveCounts counts) {
    try {
      return json.writeValueAsString(counts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
