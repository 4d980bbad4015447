package org.microblog.adapter.web.api.account;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.status.StatusPages;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Public accounts of the client API: look one up, read it, read its statuses. */
@Controller("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AccountsController {
  private final ProfileQuery profiles;
  private final TimelineQuery timelines;
  private final AccountMapper mapper;
  private final StatusPages pages;
  private final ApiUrls urls;

  AccountsController(
      ProfileQuery profiles,
      TimelineQuery timelines,
      AccountMapper mapper,
      StatusPages pages,
      ApiUrls urls) {
    this.profiles = profiles;
    this.timelines = timelines;
    this.mapper = mapper;
    this.pages = pages;
    this.urls = urls;
  }

  @Get("/lookup")
  HttpResponse<?> lookup(@QueryValue @Nullable String acct) {
    if (acct == null || acct.isBlank()) {
      return ApiError.badRequest("acct is required");
    }
    String name = acct.strip().replaceFirst("^@", "");
    String local = "@" + urls.domain();
    if (name.endsWith(local)) {
      name = name.substring(0, name.length() - local.length());
    }
    return HttpResponse.ok(mapper.toJson(profile(name)));
  }

  @Get("/{id}")
  HttpResponse<?> account(@PathVariable String id) {
    return HttpResponse.ok(mapper.toJson(profile(ApiIds.of(id))));
  }

  @Get("/{id}/statuses")
  HttpResponse<List<StatusJson>> statuses(
      @PathVariable String id,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    ApiPaging paging = ApiPaging.parse(maxId, sinceId, minId, limit);
    ProfileView profile = profile(ApiIds.of(id));
    Page<PostView> page = timelines.postsBy(profile.id(), paging.request());
    return pages.of(
        "/api/v1/accounts/" + profile.id().value() + "/statuses",
        paging,
        page,
        Map.of(profile.id(), profile));
  }

  private ProfileView profile(long id) {
    return profiles.profiles(List.of(new UserId(id))).stream()
        .findFirst()
        .orElseThrow(ApiError.NotFound::new);
  }

  private ProfileView profile(String name) {
    Username username;
    try {
      username = new Username(name);
    } catch (DomainException | IllegalArgumentException e) {
      throw new ApiError.NotFound();
    }
    return profiles.profile(username, Optional.empty()).orElseThrow(ApiError.NotFound::new);
  }
}
