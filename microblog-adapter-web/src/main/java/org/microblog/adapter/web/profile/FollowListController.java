package org.microblog.adapter.web.profile;

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
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.PageParameters;
import org.microblog.adapter.web.view.Pagination;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.UserId;

/** Who follows someone and whom they follow: public, as profiles are, 20 a page. */
@Produces(MediaType.TEXT_HTML)
@Controller("/users/{username}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class FollowListController {
  private static final String VIEW = "profile/follows";
  private final ProfileQuery profiles;
  private final FollowListQuery lists;

  FollowListController(ProfileQuery profiles, FollowListQuery lists) {
    this.profiles = profiles;
    this.lists = lists;
  }

  @Get("/followers")
  HttpResponse<?> followers(
      @PathVariable String username,
      @QueryValue @Nullable String before,
      @QueryValue @Nullable String after) {
    return show(username, "followers", lists::followers, PageParameters.parse(before, after));
  }

  @Get("/following")
  HttpResponse<?> following(
      @PathVariable String username,
      @QueryValue @Nullable String before,
      @QueryValue @Nullable String after) {
    return show(username, "following", lists::following, PageParameters.parse(before, after));
  }

  private HttpResponse<?> show(
      String username,
      String which,
      BiFunction<UserId, PageRequest, Page<FollowListEntry>> list,
      PageRequest request) {
    ProfileView profile =
        profiles
            .profile(UsernamePath.parse(username), Optional.empty())
            .orElseThrow(UsernamePath::unknown);
    String name = profile.username().value();
    Page<FollowListEntry> page = list.apply(profile.id(), request);
    PageModel model =
        PageModel.of("name", name)
            .with("profileUrl", Links.profile(name))
            .with(which, true)
            .with("people", page.items().stream().map(FollowListController::person).toList())
            .with("pagination", Pagination.of(Links.profile(name) + "/" + which, page));
    return HttpResponse.ok(new ModelAndView<>(VIEW, model.asMap()));
  }

  private static Map<String, Object> person(FollowListEntry entry) {
    String name = entry.person().username().value();
    return Map.of(
        "name", name,
        "url", Links.profile(name),
        "avatarUrl", Links.avatar(name),
        "about", entry.person().about().value());
  }
}
