package org.microblog.adapter.web.api.status;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountPages;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.LikersAndBoostersQuery;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Who favourited and who boosted a status, as the token's person sees them (nobody across a block
 * or muted), and as anyone does without a token; a status the caller cannot see is not found.
 * Likers page by account id (a like has no id of its own), boosters by boost, newest first.
 */
@Controller("/api/v1/statuses/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatusPeopleController {
  private final LikersAndBoostersQuery people;
  private final AccountPages pages;

  StatusPeopleController(LikersAndBoostersQuery people, AccountPages pages) {
    this.people = people;
    this.pages = pages;
  }

  /** One of the two lists of a post, as a viewer may see it; empty when they cannot see it. */
  @FunctionalInterface
  private interface PeopleList {
    Optional<Page<FollowListEntry>> read(PostId post, Optional<UserId> viewer, PageRequest page);
  }

  @Get("/favourited_by")
  HttpResponse<List<AccountJson>> favouritedBy(
      @Nullable Authentication authentication,
      @PathVariable String id,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    return list(
        authentication,
        id,
        "favourited_by",
        people::likers,
        ApiPaging.parse(maxId, sinceId, minId, limit));
  }

  @Get("/reblogged_by")
  HttpResponse<List<AccountJson>> rebloggedBy(
      @Nullable Authentication authentication,
      @PathVariable String id,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    return list(
        authentication,
        id,
        "reblogged_by",
        people::boosters,
        ApiPaging.parse(maxId, sinceId, minId, limit));
  }

  private HttpResponse<List<AccountJson>> list(
      Authentication authentication, String id, String which, PeopleList list, ApiPaging paging) {
    PostId post = new PostId(ApiIds.of(id));
    Optional<UserId> viewer = ApiCaller.of(authentication).flatMap(ApiCaller::user);
    Page<FollowListEntry> page =
        list.read(post, viewer, paging.request()).orElseThrow(ApiError.NotFound::new);
    return pages.of("/api/v1/statuses/" + post.value() + "/" + which, paging, page);
  }
}
