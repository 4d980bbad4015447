package org.microblog.adapter.web.api.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.adapter.web.api.entity.ApiTime;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * {@code GET /api/v1/notifications}, newest first, {@code max_id} for older pages. Reading them
 * here does not mark them read (a GET changes nothing; the web page's first view does that).
 */
@Controller("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class NotificationsApiController {
  private final ReadNotificationsUseCase notifications;
  private final ProfileQuery profiles;
  private final AccountMapper accounts;
  private final OneStatus oneStatus;
  private final ApiUrls urls;

  NotificationsApiController(
      ReadNotificationsUseCase notifications,
      ProfileQuery profiles,
      AccountMapper accounts,
      OneStatus oneStatus,
      ApiUrls urls) {
    this.notifications = notifications;
    this.profiles = profiles;
    this.accounts = accounts;
    this.oneStatus = oneStatus;
    this.urls = urls;
  }

  @Get
  @RequiredScope("read:notifications")
  HttpResponse<List<NotificationJson>> list(
      Authentication authentication, @QueryValue("max_id") @Nullable String maxId) {
    UserId me = ApiCaller.person(authentication);
    long before = maxId == null || maxId.isBlank() ? Long.MAX_VALUE : ApiIds.of(maxId);
    NotificationPage page = notifications.read(me, OptionalLong.of(before));
    Map<UserId, AccountJson> actors = new HashMap<>();
    profiles
        .profiles(page.items().stream().map(NotificationView::actorId).collect(Collectors.toSet()))
        .forEach(profile -> actors.put(profile.id(), accounts.toJson(profile)));
    Map<PostId, StatusJson> posts = new HashMap<>();
    List<NotificationJson> body = new ArrayList<>();
    for (NotificationView item : page.items()) {
      AccountJson actor = actors.get(item.actorId());
      if (actor == null) {
        continue;
      }
      StatusJson status = item.post().map(post -> status(posts, post, me)).orElse(null);
      if (item.kind().aboutPost() && status == null) {
        continue;
      }
      body.add(
          new NotificationJson(
              Long.toString(item.id()),
              type(item.kind()),
              ApiTime.of(item.occurredAt()),
              actor,
              status));
    }
    MutableHttpResponse<List<NotificationJson>> response = HttpResponse.ok(body);
    page.older()
        .ifPresent(
            older ->
                response.header(
                    "Link",
                    "<"
                        + urls.absolute("/api/v1/notifications?max_id=" + older)
                        + ">; rel=\"next\""));
    return response;
  }

  /** Each post once per page (the notifications of one post share it). */
  private StatusJson status(Map<PostId, StatusJson> known, PostId post, UserId me) {
    if (!known.containsKey(post)) {
      StatusJson found;
      try {
        found = oneStatus.of(post, me);
      } catch (ApiError.NotFound gone) {
        found = null;
      }
      known.put(post, found);
    }
    return known.get(post);
  }

  private static String type(NotificationKind kind) {
    return switch (kind) {
      case FOLLOWED -> "follow";
      case MENTIONED, REPLIED -> "mention";
      case LIKED -> "favourite";
      case BOOSTED -> "reblog";
    };
  }

  /** Mastodon's Notification entity. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  record NotificationJson(
      String id, String type, String createdAt, AccountJson account, StatusJson status) {}
}
