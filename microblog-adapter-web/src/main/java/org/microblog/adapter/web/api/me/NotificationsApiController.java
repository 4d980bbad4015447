package org.microblog.adapter.web.api.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.application.port.in.notification.ClearNotificationsUseCase;
import org.microblog.application.port.in.notification.DismissNotificationUseCase;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.NotificationsQuery;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.user.UserId;

/**
 * Mastodon's notifications: a page newest first ({@code max_id} for older ones, {@code since_id} or
 * {@code min_id} for the newest above a cursor; {@code limit} 40 by default, at most 80), only the
 * {@code types[]} asked less the {@code exclude_types[]} (filtered in the read, so pages stay full
 * and the {@code Link} header carries the filter on), one notification, dismissing one and clearing
 * all. Reading marks nothing read (a GET changes nothing; apps save a marker for that).
 */
@Controller("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class NotificationsApiController {
  static final int DEFAULT_LIMIT = 40;
  private static final String PATH = "/api/v1/notifications";
  private static final String[] FILTERS = {"types", "exclude_types"};

  private final NotificationsQuery notifications;
  private final DismissNotificationUseCase dismiss;
  private final ClearNotificationsUseCase clear;
  private final ApiNotifications entities;
  private final ApiUrls urls;

  NotificationsApiController(
      NotificationsQuery notifications,
      DismissNotificationUseCase dismiss,
      ClearNotificationsUseCase clear,
      ApiNotifications entities,
      ApiUrls urls) {
    this.notifications = notifications;
    this.dismiss = dismiss;
    this.clear = clear;
    this.entities = entities;
    this.urls = urls;
  }

  @Get
  @RequiredScope("read:notifications")
  HttpResponse<List<NotificationJson>> list(
      HttpRequest<?> request,
      Authentication authentication,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    UserId me = ApiCaller.person(authentication);
    int size = ApiPaging.limit(limit, DEFAULT_LIMIT, NotificationsQuery.MAX_PER_PAGE);
    long before = ApiIds.cursor("max_id", maxId).orElse(Long.MAX_VALUE);
    OptionalLong since = ApiIds.cursor("since_id", sinceId);
    OptionalLong min = ApiIds.cursor("min_id", minId);
    long above = Math.max(since.orElse(0), min.orElse(0));
    Set<NotificationKind> kinds =
        NotificationTypes.selected(values(request, "types"), values(request, "exclude_types"));
    NotificationPage page = notifications.page(me, kinds, before, size);
    List<NotificationView> shown = page.items().stream().filter(item -> item.id() > above).toList();
    MutableHttpResponse<List<NotificationJson>> response = HttpResponse.ok(entities.of(me, shown));
    if (!shown.isEmpty()) {
      String prev = link(request, "min_id", shown.get(0).id(), limit, "prev");
      boolean more = page.older().isPresent() && shown.size() == page.items().size();
      response.header(
          "Link",
          more
              ? link(request, "max_id", page.older().getAsLong(), limit, "next") + ", " + prev
              : prev);
    }
    return response;
  }

  @Get("/{id}")
  @RequiredScope("read:notifications")
  NotificationJson one(Authentication authentication, @PathVariable String id) {
    UserId me = ApiCaller.person(authentication);
    NotificationView found =
        notifications.notification(me, ApiIds.of(id)).orElseThrow(ApiError.NotFound::new);
    return entities.of(me, List.of(found)).stream().findFirst().orElseThrow(ApiError.NotFound::new);
  }

  @Post(
      value = "/clear",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:notifications")
  Map<String, Object> clear(Authentication authentication) {
    clear.clear(ApiCaller.person(authentication));
    return Map.of();
  }

  /** Someone else's notification, or an unknown one, is not found (404). */
  @Post(
      value = "/{id}/dismiss",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:notifications")
  Map<String, Object> dismiss(Authentication authentication, @PathVariable String id) {
    dismiss.dismiss(ApiCaller.person(authentication), ApiIds.of(id));
    return Map.of();
  }

  /** {@code name[]} and {@code name}, as apps send either. */
  private static List<String> values(HttpRequest<?> request, String name) {
    List<String> values = new ArrayList<>(request.getParameters().getAll(name + "[]"));
    values.addAll(request.getParameters().getAll(name));
    return values;
  }

  /**
   * A link to the next (older, {@code max_id}) or previous (newer, {@code min_id}) page, with the
   * same filters and limit.
   */
  private String link(HttpRequest<?> request, String cursor, long id, String limit, String rel) {
    StringBuilder query = new StringBuilder(PATH).append('?').append(cursor).append('=').append(id);
    if (limit != null && !limit.isBlank()) {
      query.append("&limit=").append(encode(limit));
    }
    for (String filter : FILTERS) {
      for (String value : values(request, filter)) {
        query.append('&').append(filter).append("%5B%5D=").append(encode(value));
      }
    }
    return "<" + urls.absolute(query.toString()) + ">; rel=\"" + rel + "\"";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
