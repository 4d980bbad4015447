package org.microblog.adapter.web.api.status;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import java.util.Map;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.TimelineQuery;

/** The public timeline of the client API: everyone's posts, as the explore page shows them. */
@Controller("/api/v1/timelines")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TimelinesController {
  private final TimelineQuery timelines;
  private final StatusPages pages;

  TimelinesController(TimelineQuery timelines, StatusPages pages) {
    this.timelines = timelines;
    this.pages = pages;
  }

  @Get("/public")
  HttpResponse<List<StatusJson>> publicTimeline(
      @Nullable Authentication authentication,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    ApiPaging paging = ApiPaging.parse(maxId, sinceId, minId, limit);
    // As the token's person sees it (not across a block, not muted); as anyone sees it without.
    Page<PostView> page =
        timelines.explore(ApiCaller.of(authentication).flatMap(ApiCaller::user), paging.request());
    return pages.of("/api/v1/timelines/public", paging, page, Map.of());
  }
}
