package org.microblog.adapter.web.api.streaming;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.live.OpenStreams;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.user.UserId;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Mastodon's streaming API as server-sent events: {@code /api/v1/streaming/user} (the home
 * timeline's new statuses, the notifications when the token may read them, deletions), {@code
 * /user/notification} (notifications only), the same as {@code /api/v1/streaming?stream=...}, and
 * {@code /health}. The token comes in the {@code Authorization} header or the {@code access_token}
 * parameter. A stream holds no thread between events (see {@link UserStream}).
 */
@Controller(StreamingController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class StreamingController {
  static final String PATH = "/api/v1/streaming";

  /** Well under the minute after which common proxies drop a quiet connection. */
  private static final Duration HEARTBEAT = Duration.ofSeconds(30);

  private static final String READ_STATUSES = "read:statuses";
  private static final String READ_NOTIFICATIONS = "read:notifications";

  private final LiveUpdatesQuery live;
  private final BearerTokenQuery tokens;
  private final StreamContent content;
  private final ExecutorService blocking;
  private final OpenStreams streams;

  StreamingController(
      LiveUpdatesQuery live,
      BearerTokenQuery tokens,
      StreamContent content,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
      OpenStreams streams) {
    this.live = live;
    this.tokens = tokens;
    this.content = content;
    this.blocking = blocking;
    this.streams = streams;
  }

  @Get(value = "/health", produces = MediaType.TEXT_PLAIN)
  @Secured(SecurityRule.IS_ANONYMOUS)
  String health() {
    return "OK";
  }

  @Get(value = "/user", produces = MediaType.TEXT_EVENT_STREAM)
  @RequiredScope(READ_STATUSES)
  Publisher<Event<String>> user(Authentication authentication) {
    return open(authentication, userChannel(authentication));
  }

  @Get(value = "/user/notification", produces = MediaType.TEXT_EVENT_STREAM)
  @RequiredScope(READ_NOTIFICATIONS)
  Publisher<Event<String>> notifications(Authentication authentication) {
    return open(authentication, new UserStream.Channel(false, true));
  }

  /** {@code ?stream=user} or {@code ?stream=user:notification}, as Mastodon's clients ask. */
  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<String>> byName(
      Authentication authentication, @QueryValue @Nullable String stream) {
    if ("user".equals(stream)) {
      requireScope(authentication, READ_STATUSES);
      return user(authentication);
    }
    if ("user:notification".equals(stream)) {
      requireScope(authentication, READ_NOTIFICATIONS);
      return notifications(authentication);
    }
    throw new ApiError.BadParameter("Unknown stream type");
  }

  private static UserStream.Channel userChannel(Authentication authentication) {
    boolean notifications =
        ApiCaller.of(authentication)
            .map(caller -> caller.scopes().covers(READ_NOTIFICATIONS))
            .orElse(false);
    return new UserStream.Channel(true, notifications);
  }

  private static void requireScope(Authentication authentication, String scope) {
    Scopes scopes =
        ApiCaller.of(authentication)
            .map(ApiCaller::scopes)
            .orElseThrow(() -> new AuthorizationException(authentication));
    if (!scopes.covers(scope)) {
      throw new AuthorizationException(authentication);
    }
  }

  private Publisher<Event<String>> open(Authentication authentication, UserStream.Channel channel) {
    UserId reader = ApiCaller.person(authentication);
    TokenHash token =
        ApiCaller.tokenHash(authentication)
            .orElseThrow(() -> new AuthorizationException(authentication));
    return Flux.<Event<String>>create(
            sink ->
                new UserStream(sink, reader, channel, content, blocking, () -> tokens.isLive(token))
                    .open(live, HEARTBEAT, streams))
        .subscribeOn(Schedulers.fromExecutorService(blocking));
  }
}
