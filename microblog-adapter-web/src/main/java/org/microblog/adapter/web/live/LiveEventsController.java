package org.microblog.adapter.web.live;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.microblog.adapter.web.language.LanguageResolver;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.navigation.UnreadBadges;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.Language;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /events}: the live stream an open page of a logged-in person listens to ({@code
 * /static/live.js}): the navigation bar's counts at once and whenever they change ({@code counts}),
 * a {@code post} event per post waiting on the home timeline, and a comment every 25 seconds so
 * that proxies keep the connection. A stream holds no thread between events: it is a publisher fed
 * by the event bus. Only a login cookie opens one; anyone else gets 401. The counts' labels are in
 * the language of the page that opened it: its request carries the same cookie and {@code
 * Accept-Language}.
 */
@Controller(LiveEventsController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class LiveEventsController {
  static final String PATH = "/events";

  /** Well under the minute after which common proxies drop a quiet connection. */
  private static final Duration HEARTBEAT = Duration.ofSeconds(25);

  private final LiveUpdatesQuery live;
  private final LoginValidityQuery validity;
  private final ExecutorService blocking;
  private final JsonMapper json;
  private final OpenStreams streams;
  private final UnreadBadges badges;
  private final LanguageResolver languages;

  LiveEventsController(
      LiveUpdatesQuery live,
      LoginValidityQuery validity,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
      JsonMapper json,
      OpenStreams streams,
      UnreadBadges badges,
      LanguageResolver languages) {
    this.live = live;
    this.validity = validity;
    this.blocking = blocking;
    this.json = json;
    this.streams = streams;
    this.badges = badges;
    this.languages = languages;
  }

  private static HttpStatusException notLoggedIn() {
    return new HttpStatusException(HttpStatus.UNAUTHORIZED, "Please log in.");
  }

  @Get
  @Produces(MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<String>> events(HttpRequest<?> request, Authentication authentication) {
    Viewer viewer = CurrentViewer.required(authentication);
    // The login check has passed (it refuses tokens without a live login record), so both are
    // there; a request that somehow lacks them is refused like an anonymous one.
    LoginId login = Viewer.loginOf(authentication).orElseThrow(LiveEventsController::notLoggedIn);
    LoginStatus status =
        CurrentViewer.status(request).orElseThrow(LiveEventsController::notLoggedIn);
    Language language = languages.of(request);
    return Flux.<Event<String>>create(
            sink ->
                new LiveStream(sink, validity, viewer.id(), login, blocking, json, badges, language)
                    .open(live, status, HEARTBEAT, streams))
        .subscribeOn(Schedulers.fromExecutorService(blocking));
  }
}
