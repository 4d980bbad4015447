package org.microblog.adapter.web.api.streaming;

import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.live.OpenStreams;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.UserId;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Opens user streams for bearer tokens, whichever transport carries them: the stream names Mastodon
 * gives them, the scope each needs, and a publisher of events that holds no thread while idle.
 */
@Singleton
final class UserStreams {
  static final String READ_STATUSES = "read:statuses";
  static final String READ_NOTIFICATIONS = "read:notifications";

  /** Well under the minute after which common proxies drop a quiet connection. */
  private static final Duration HEARTBEAT = Duration.ofSeconds(30);

  private final LiveUpdatesQuery live;
  private final BearerTokenQuery tokens;
  private final StreamContent content;
  private final ExecutorService blocking;
  private final OpenStreams streams;

  UserStreams(
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

  /**
   * The channel of a stream Mastodon names ({@code user}, {@code user:notification}); empty for a
   * stream Microblog does not have. Throws {@link AuthorizationException} (401 or 403) when the
   * token may not read it.
   */
  static Optional<UserStream.Channel> channel(Authentication authentication, String stream) {
    if ("user".equals(stream)) {
      requireScope(authentication, READ_STATUSES);
      return Optional.of(userChannel(authentication));
    }
    if ("user:notification".equals(stream)) {
      requireScope(authentication, READ_NOTIFICATIONS);
      return Optional.of(new UserStream.Channel(false, true));
    }
    return Optional.empty();
  }

  /** The user stream: statuses, and notifications when the token may read them. */
  static UserStream.Channel userChannel(Authentication authentication) {
    boolean notifications =
        ApiCaller.of(authentication)
            .map(caller -> caller.scopes().covers(READ_NOTIFICATIONS))
            .orElse(false);
    return new UserStream.Channel(true, notifications);
  }

  private static void requireScope(Authentication authentication, String scope) {
    boolean covered = ApiCaller.of(authentication).map(c -> c.scopes().covers(scope)).orElse(false);
    if (!covered) {
      throw new AuthorizationException(authentication);
    }
  }

  /** The events of a stream for the token's person, from now on, until the subscriber leaves. */
  Flux<Event<String>> open(Authentication authentication, UserStream.Channel channel) {
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
