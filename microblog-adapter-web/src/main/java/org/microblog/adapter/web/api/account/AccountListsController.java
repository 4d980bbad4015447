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
import java.util.function.BiFunction;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountPages;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.domain.user.UserId;

/**
 * An account's followers and followed accounts, newest follow first; the {@code Link} header's
 * cursors are follow positions, as Mastodon's are follow ids.
 */
@Controller("/api/v1/accounts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AccountListsController {
  private final ProfileQuery profiles;
  private final FollowListQuery lists;
  private final AccountPages pages;

  AccountListsController(ProfileQuery profiles, FollowListQuery lists, AccountPages pages) {
    this.profiles = profiles;
    this.lists = lists;
    this.pages = pages;
  }

  @Get("/followers")
  HttpResponse<List<AccountJson>> followers(
      @PathVariable String id,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    return list(id, "followers", lists::followers, ApiPaging.parse(maxId, sinceId, minId, limit));
  }

  @Get("/following")
  HttpResponse<List<AccountJson>> following(
      @PathVariable String id,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    return list(id, "following", lists::following, ApiPaging.parse(maxId, sinceId, minId, limit));
  }

  private HttpResponse<List<AccountJson>> list(
      String id,
      String which,
      BiFunction<UserId, PageRequest, Page<FollowListEntry>> list,
      ApiPaging paging) {
    UserId user = new UserId(ApiIds.of(id));
    if (profiles.profiles(List.of(user)).isEmpty()) {
      throw new ApiError.NotFound();
    }
    return pages.of(
        "/api/v1/accounts/" + user.value() + "/" + which,
        paging,
        list.apply(user, paging.request()));
  }
}
