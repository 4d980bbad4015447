package org.microblog.adapter.web.api.me;

import io.micronaut.core.annotation.Nullable;
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
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.ApiPaging;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.BlockedAccountsQuery;
import org.microblog.application.port.in.block.BlockedPage;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.UserId;

/**
 * Blocking and muting through the API, on the same use cases as the profile page's buttons; each
 * answers the Relationship. Oneself is refused with the domain's message (422). The lists of the
 * blocked and the muted page by keyset ({@code max_id}, {@code limit} 40 by default, at most 80)
 * with a {@code Link} header to the next page.
 */
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BlocksController {
  static final int DEFAULT_LIMIT = 40;
  private final BlockUserUseCase block;
  private final UnblockUserUseCase unblock;
  private final MuteUserUseCase mute;
  private final UnmuteUserUseCase unmute;
  private final BlockedAccountsQuery blocked;
  private final ProfileQuery profiles;
  private final AccountMapper accounts;
  private final Relationships relationships;
  private final ApiUrls urls;

  BlocksController(
      BlockUserUseCase block,
      UnblockUserUseCase unblock,
      MuteUserUseCase mute,
      UnmuteUserUseCase unmute,
      BlockedAccountsQuery blocked,
      ProfileQuery profiles,
      AccountMapper accounts,
      Relationships relationships,
      ApiUrls urls) {
    this.block = block;
    this.unblock = unblock;
    this.mute = mute;
    this.unmute = unmute;
    this.blocked = blocked;
    this.profiles = profiles;
    this.accounts = accounts;
    this.relationships = relationships;
    this.urls = urls;
  }

  @Post(
      value = "/accounts/{id}/block",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:blocks")
  RelationshipJson block(Authentication authentication, @PathVariable String id) {
    return act(authentication, id, (me, target) -> block.block(command(me, target)));
  }

  @Post(
      value = "/accounts/{id}/unblock",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:blocks")
  RelationshipJson unblock(Authentication authentication, @PathVariable String id) {
    return act(authentication, id, (me, target) -> unblock.unblock(command(me, target)));
  }

  @Post(
      value = "/accounts/{id}/mute",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:mutes")
  RelationshipJson mute(Authentication authentication, @PathVariable String id) {
    return act(authentication, id, (me, target) -> mute.mute(command(me, target)));
  }

  @Post(
      value = "/accounts/{id}/unmute",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:mutes")
  RelationshipJson unmute(Authentication authentication, @PathVariable String id) {
    return act(authentication, id, (me, target) -> unmute.unmute(command(me, target)));
  }

  @Get("/blocks")
  @RequiredScope("read:blocks")
  HttpResponse<List<AccountJson>> blocks(
      Authentication authentication,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    UserId me = ApiCaller.person(authentication);
    return list(
        "/api/v1/blocks",
        blocked.blocked(me, before(maxId), size(limit)),
        above(sinceId, minId),
        limit);
  }

  @Get("/mutes")
  @RequiredScope("read:mutes")
  HttpResponse<List<AccountJson>> mutes(
      Authentication authentication,
      @QueryValue("max_id") @Nullable String maxId,
      @QueryValue("since_id") @Nullable String sinceId,
      @QueryValue("min_id") @Nullable String minId,
      @QueryValue @Nullable String limit) {
    UserId me = ApiCaller.person(authentication);
    return list(
        "/api/v1/mutes",
        blocked.muted(me, before(maxId), size(limit)),
        above(sinceId, minId),
        limit);
  }

  /** Does it to the account the path names, then answers where the two stand now. */
  private RelationshipJson act(
      Authentication authentication, String id, BiConsumer<UserId, ProfileView> action) {
    UserId me = ApiCaller.person(authentication);
    ProfileView target = relationships.target(new UserId(ApiIds.of(id)));
    action.accept(me, target);
    return relationships.between(me, target);
  }

  private static BlockCommand command(UserId me, ProfileView target) {
    return new BlockCommand(me, target.username());
  }

  private static long before(String maxId) {
    return ApiIds.cursor("max_id", maxId).orElse(Long.MAX_VALUE);
  }

  /**
   * {@code since_id} and {@code min_id} (taken alike, as the notifications take them): only the
   * people above that id on the newest page.
   */
  private static long above(String sinceId, String minId) {
    return Math.max(
        ApiIds.cursor("since_id", sinceId).orElse(0), ApiIds.cursor("min_id", minId).orElse(0));
  }

  private static int size(String limit) {
    return ApiPaging.limit(limit, DEFAULT_LIMIT, BlockedAccountsQuery.MAX_PER_PAGE);
  }

  /**
   * The page's accounts in its order (one profile read) above {@code above}, with a {@code Link} to
   * the next (older) page while there is one and to the previous (newer) one from the first shown.
   */
  private HttpResponse<List<AccountJson>> list(
      String path, BlockedPage page, long above, String limit) {
    List<ProfileView> shown =
        profiles.profiles(page.people()).stream()
            .filter(p -> p.id().value() > above)
            .sorted(Comparator.comparingLong((ProfileView p) -> p.id().value()).reversed())
            .toList();
    MutableHttpResponse<List<AccountJson>> response =
        HttpResponse.ok(shown.stream().map(accounts::toJson).toList());
    if (shown.isEmpty()) {
      return response;
    }
    String prev = link(path, "min_id", shown.get(0).id().value(), limit, "prev");
    boolean more = page.older().isPresent() && shown.size() == page.people().size();
    response.header(
        "Link",
        more ? link(path, "max_id", page.older().getAsLong(), limit, "next") + ", " + prev : prev);
    return response;
  }

  private String link(String path, String cursor, long id, String limit, String rel) {
    return "<"
        + urls.absolute(path + "?" + cursor + "=" + id + "&limit=" + size(limit))
        + ">; rel=\""
        + rel
        + "\"";
  }
}
