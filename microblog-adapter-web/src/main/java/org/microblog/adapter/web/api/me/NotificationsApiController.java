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
import java.util.List;
import java.util.OptionalLong;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
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
  private final ApiNotifications entities;
  private final ApiUrls urls;

  NotificationsApiController(
      ReadNotificationsUseCase notifications, ApiNotifications entities, ApiUrls urls) {
    this.notifications = notifications;
    this.entities = entities;
    this.urls = urls;
  }

  @Get
  @RequiredScope("read:notifications")
  HttpResponse<List<NotificationJson>> list(
      Authentication authentication, @QueryValue("max_id") @Nullable String maxId) {
    UserId me = ApiCaller.person(authentication);
    long before = maxId == null || maxId.isBlank() ? Long.MAX_VALUE : ApiIds.of(maxId);
    NotificationPage page = notifications.read(me, OptionalLong.of(before));
    MutableHttpResponse<List<NotificationJson>> response =
        HttpResponse.ok(entities.of(me, page.items()));
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
}
