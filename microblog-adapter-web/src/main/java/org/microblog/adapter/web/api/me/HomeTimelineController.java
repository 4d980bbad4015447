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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.adapter.web.api.entity.ApiTime;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.entity.StatusMapper;
import org.microblog.adapter.web.api.entity.Statuses;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * {@code GET /api/v1/timelines/home}: the person's home timeline; a boost shows as Mastodon shows
 * it, a status of the booster's that carries the boosted one, with the boost's place as its id.
 */
@Controller("/api/v1/timelines")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class HomeTimelineController {
  private final TimelineQuery timelines;
  private final Statuses statuses;
  private final ProfileQuery profiles;
  private final AccountMapper accounts;
  private final ApiUrls urls;

  HomeTimelineController(
      TimelineQuery timelines,
      Statuses statuses,
      ProfileQuery profiles,
      AccountMapper accounts,
      ApiUrls urls) {
    this.timelines = timelines;
    this.statuses = statuses;
    this.profiles = profiles;
    this.accounts = accounts;
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
    List<PostView> posts = shown.stream().map(TimelineEntry::post).toList();
    List<StatusJson> plain =
        statuses.forReader(reader, posts, Map.of(), post -> StatusMapper.Parent.NONE);
    Map<String, StatusJson> byId = new HashMap<>();
    plain.forEach(status -> byId.put(status.id(), status));
    Map<String, AccountJson> boosters = boosters(shown);
    List<StatusJson> body = new ArrayList<>();
    for (TimelineEntry entry : shown) {
      StatusJson status = byId.get(Long.toString(entry.post().id().value()));
      if (status == null) {
        continue;
      }
      Optional<AccountJson> booster = entry.boostedBy().map(name -> boosters.get(name.canonical()));
      body.add(
          booster.isPresent() && booster.get() != null
              ? StatusJson.boost(
                  Long.toString(entry.position()),
                  ApiTime.of(entry.post().publishedAt()),
                  booster.get(),
                  status)
              : status);
    }
    MutableHttpResponse<List<StatusJson>> response = HttpResponse.ok(body);
    String link =
        ApiPaging.link(
            urls.absolute("/api/v1/timelines/home"),
            page,
            shown.stream().map(TimelineEntry::position).toList());
    return link == null ? response : response.header("Link", link);
  }

  /** The accounts of the page's boosters: at most one read per distinct booster on the page. */
  private Map<String, AccountJson> boosters(List<TimelineEntry> entries) {
    Map<String, AccountJson> found = new HashMap<>();
    entries.stream()
        .flatMap(entry -> entry.boostedBy().stream())
        .map(Username::canonical)
        .distinct()
        .forEach(
            name ->
                profiles
                    .profile(new Username(name), Optional.empty())
                    .ifPresent(profile -> found.put(name, accounts.toJson(profile))));
    return found;
  }
}
