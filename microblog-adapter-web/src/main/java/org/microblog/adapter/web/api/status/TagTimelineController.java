package org.microblog.adapter.web.api.status;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URLEncoder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.domain.post.Tag;
import org.microblog.domain.shared.DomainException;

/**
 * A hashtag's timeline, as the tag page lists it. As on Mastodon, a tag that nothing carries (or
 * that no post could carry) is an empty list, not an error.
 */
@Controller("/api/v1/timelines/tag")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TagTimelineController {
  private final TimelineQuery timelines;
  private final StatusPages pages;

  TagTimelineController(TimelineQuery timelines, StatusPages pages) {
    this.timelines = timelines;
    this.pages = pages;
  }

  @Get("/{hashtag}")
  HttpResponse<List<StatusJson>> tagTimeline(
      @PathVariable String hashtag,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    ApiPaging paging = ApiPaging.parse(maxId, sinceId, minId, limit);
    Optional<Tag> tag = tag(hashtag);
    if (tag.isEmpty()) {
      return HttpResponse.ok(List.of());
    }
    Page<PostView> page = timelines.tagged(tag.get(), paging.request());
    return pages.of(
        "/api/v1/timelines/tag/" + URLEncoder.encode(tag.get().name(), UTF_8),
        paging,
        page,
        Map.of());
  }

  private static Optional<Tag> tag(String hashtag) {
    try {
      return Optional.of(new Tag(hashtag.startsWith("#") ? hashtag.substring(1) : hashtag));
    } catch (DomainException | IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
