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
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.domain.user.UserId;

/**
 * {@code GET /api/v1/timelines/home}: the person's home timeline, boosts shown as Mastodon shows
 * them ({@link HomeStatuses}).
 */
@Controller("/api/v1/timelines")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class HomeTimelineController {
  private final TimelineQuery timelines;
  private final HomeStatuses statuses;
  private final ApiUrls urls;

  HomeTimelineController(TimelineQuery timelines, HomeStatuses statuses, ApiUrls urls) {
    this.timelines = timelines;
    this.statuses = statuses;
    this.urls = urls;
  }

  @Get("/home")
  @RequiredScope("read:statuses")
  HttpResponse<List<StatusJson>> home(
      Authentication authentication,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    UserId reader = ApiCaller.person(authentication);
    ApiPaging paging = ApiPaging.parse(maxId, sinceId, minId, limit);
    Page<TimelineEntry> page = timelines.homeTimeline(reader, paging.request());
    List<TimelineEntry> shown = paging.trim(page.items(), TimelineEntry::position);
    MutableHttpResponse<List<StatusJson>> response = HttpResponse.ok(statuses.of(reader, shown));
    String link =
        ApiPaging.link(
            urls.absolute("/api/v1/timelines/home"),
            page,
            shown.stream().map(TimelineEntry::position).toList());
    return link == null ? response : response.header("Link", link);
  }
}
