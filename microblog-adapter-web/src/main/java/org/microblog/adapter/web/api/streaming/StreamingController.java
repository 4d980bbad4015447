package org.microblog.adapter.web.api.streaming;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.reactivestreams.Publisher;

/**
 * Mastodon's streaming API as server-sent events: {@code /api/v1/streaming/user} (the home
 * timeline's new statuses, the notifications when the token may read them, deletions), {@code
 * /user/notification} (notifications only), the same as {@code /api/v1/streaming?stream=...}, and
 * {@code /health}. The token comes in the {@code Authorization} header or the {@code access_token}
 * parameter. A stream holds no thread between events (see {@link UserStream}).
 */
@Controller("/api/v1/streaming")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class StreamingController {
  private final UserStreams streams;

  StreamingController(UserStreams streams) {
    this.streams = streams;
  }

  @Get(value = "/health", produces = MediaType.TEXT_PLAIN)
  @Secured(SecurityRule.IS_ANONYMOUS)
  String health() {
    return "OK";
  }

  @Get(value = "/user", produces = MediaType.TEXT_EVENT_STREAM)
  @RequiredScope(UserStreams.READ_STATUSES)
  Publisher<Event<String>> user(Authentication authentication) {
    return streams.open(authentication, UserStreams.userChannel(authentication));
  }

  @Get(value = "/user/notification", produces = MediaType.TEXT_EVENT_STREAM)
  @RequiredScope(UserStreams.READ_NOTIFICATIONS)
  Publisher<Event<String>> notifications(Authentication authentication) {
    return streams.open(authentication, new UserStream.Channel(false, true));
  }

  /** {@code ?stream=user} or {@code ?stream=user:notification}, as Mastodon's clients ask. */
  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<String>> byName(
      Authentication authentication, @QueryValue @Nullable String stream) {
    return streams.open(
        authentication,
        UserStreams.channel(authentication, stream)
            .orElseThrow(() -> new ApiError.BadParameter("Unknown stream type")));
  }
}
