package org.microblog.adapter.web.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.entity.Statuses;
import org.microblog.adapter.web.view.Links;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.search.SearchResults;
import org.microblog.application.port.in.search.SearchResultsQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.domain.post.Tag;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * Mastodon's {@code GET /api/v2/search} on the search use case: matching accounts (a few, as the
 * search page shows), matching statuses (newest first, paged by {@code max_id}/{@code min_id} and
 * {@code limit}, or by {@code offset} as Mastodon's apps do, up to {@link
 * SearchResultsQuery#MAX_OFFSET}) and, when the query is one word that can be a tag, that hashtag.
 * {@code type} narrows the answer to one list; {@code offset} skips that many of each. {@code
 * resolve} is accepted and changes nothing: there are no remote accounts to look up. {@code
 * account_id} is refused rather than ignored, since the search cannot narrow to one author yet.
 * With a bearer token, the person's blocks and mutes apply; without one, it answers as the public
 * search page.
 */
@Controller("/api/v2/search")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SearchApiController {
  private static final List<String> TYPES = List.of("accounts", "statuses", "hashtags");
  private static final int MAX_OFFSET_DIGITS = 9;
  private final SearchResultsQuery search;
  private final ProfileQuery profiles;
  private final AccountMapper accounts;
  private final Statuses statuses;
  private final ApiUrls urls;

  SearchApiController(
      SearchResultsQuery search,
      ProfileQuery profiles,
      AccountMapper accounts,
      Statuses statuses,
      ApiUrls urls) {
    this.search = search;
    this.profiles = profiles;
    this.accounts = accounts;
    this.statuses = statuses;
    this.urls = urls;
  }

  @Get
  @SuppressWarnings("unused") // resolve: accepted for Mastodon's apps, nothing to resolve here
  Results search(
      @Nullable Authentication authentication,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String type,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit,
      @QueryValue @Nullable String offset,
      @QueryValue @Nullable String resolve,
      @QueryValue("account_id") @Nullable String accountId) {
    if (q == null || q.isBlank()) {
      throw new ApiError.BadParameter("q is required");
    }
    if (type != null && !TYPES.contains(type)) {
      throw new ApiError.BadParameter("type must be accounts, statuses or hashtags");
    }
    if (accountId != null) {
      throw new ApiError.BadParameter(
          "account_id is not supported: search cannot narrow to one account");
    }
    SearchQuery query;
    try {
      query = new SearchQuery(q);
    } catch (DomainException refused) {
      throw new ApiError.BadParameter(refused.getMessage());
    }
    ApiPaging paging = ApiPaging.parse(maxId, null, minId, limit);
    int skip = offset(offset);
    Optional<UserId> viewer = ApiCaller.of(authentication).flatMap(ApiCaller::user);
    SearchResults results = search.search(query, viewer, paging.request(), skip);
    return new Results(
        wanted(type, "accounts") ? accounts(results.people()) : List.of(),
        wanted(type, "statuses") ? statuses.of(results.posts().items(), Map.of()) : List.of(),
        wanted(type, "hashtags") && skip == 0 ? hashtag(q) : List.of());
  }

  /** Mastodon's {@code offset}: 0 when absent, a 400 unless 0 to the use case's maximum. */
  private static int offset(String offset) {
    if (offset == null || offset.isBlank()) {
      return 0;
    }
    if (offset.length() > MAX_OFFSET_DIGITS || !offset.chars().allMatch(Character::isDigit)) {
      throw new ApiError.BadParameter("offset must be a number from 0");
    }
    int value = Integer.parseInt(offset);
    if (value > SearchResultsQuery.MAX_OFFSET) {
      throw new ApiError.BadParameter(
          "offset must be at most " + SearchResultsQuery.MAX_OFFSET + ": page on with max_id");
    }
    return value;
  }

  private static boolean wanted(String type, String list) {
    return type == null || type.equals(list);
  }

  /** The people found, as Accounts: a profile read for each of the few the search shows. */
  private List<AccountJson> accounts(List<PersonMatch> people) {
    return people.stream()
        .flatMap(person -> profiles.profile(person.username(), Optional.empty()).stream())
        .map(accounts::toJson)
        .toList();
  }

  private List<Hashtag> hashtag(String q) {
    String name = q.strip().startsWith("#") ? q.strip().substring(1) : q.strip();
    try {
      Tag tag = new Tag(name);
      return List.of(new Hashtag(tag.name(), urls.absolute(Links.tag(tag.name())), List.of()));
    } catch (DomainException | IllegalArgumentException notATag) {
      return List.of();
    }
  }

  /** Mastodon's Search entity: every list present, empty or not. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Results(List<AccountJson> accounts, List<StatusJson> statuses, List<Hashtag> hashtags) {}

  /** Mastodon's Tag entity, without usage figures (history is empty). */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Hashtag(String name, String url, List<Object> history) {}
}
