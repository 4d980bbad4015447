package org.microblog.adapter.web.api.me;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.domain.user.UserId;

/**
 * Following through the API, and the relationships an app shows on profiles. Relationships ask at
 * most {@value #MAX_IDS} accounts at a time, two profile reads each.
 */
@Controller("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class FollowsController {
  static final int MAX_IDS = 40;
  private final FollowUserUseCase follow;
  private final UnfollowUserUseCase unfollow;
  private final ProfileQuery profiles;
  private final Relationships relationships;

  FollowsController(
      FollowUserUseCase follow,
      UnfollowUserUseCase unfollow,
      ProfileQuery profiles,
      Relationships relationships) {
    this.follow = follow;
    this.unfollow = unfollow;
    this.profiles = profiles;
    this.relationships = relationships;
  }

  /** Following oneself is refused with the domain's message (422). */
  @Post(
      value = "/{id}/follow",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:follows")
  RelationshipJson follow(Authentication authentication, @PathVariable String id) {
    UserId me = ApiCaller.person(authentication);
    ProfileView target = profile(new UserId(ApiIds.of(id)));
    follow.follow(new FollowCommand(me, target.username()));
    return relationship(me, target);
  }

  @Post(
      value = "/{id}/unfollow",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:follows")
  RelationshipJson unfollow(Authentication authentication, @PathVariable String id) {
    UserId me = ApiCaller.person(authentication);
    ProfileView target = profile(new UserId(ApiIds.of(id)));
    unfollow.unfollow(new FollowCommand(me, target.username()));
    return relationship(me, target);
  }

  /** {@code ?id[]=1&id[]=2} (or {@code id=}); unknown ids are left out, as Mastodon does. */
  @Get("/relationships")
  @RequiredScope("read:follows")
  List<RelationshipJson> relationships(HttpRequest<?> request, Authentication authentication) {
    UserId me = ApiCaller.person(authentication);
    Set<UserId> ids = new LinkedHashSet<>();
    List<String> raw = new ArrayList<>(request.getParameters().getAll("id[]"));
    raw.addAll(request.getParameters().getAll("id"));
    if (raw.size() > MAX_IDS) {
      throw new ApiError.BadParameter("At most " + MAX_IDS + " ids at a time");
    }
    for (String id : raw) {
      try {
        ids.add(new UserId(ApiIds.of(id)));
      } catch (ApiError.NotFound unknown) {
        // Not an id: nobody's relationship.
      }
    }
    List<RelationshipJson> found = new ArrayList<>();
    profiles.profiles(ids).forEach(target -> found.add(relationship(me, target)));
    return found;
  }

  private RelationshipJson relationship(UserId me, ProfileView target) {
    return relationships.between(me, target);
  }

  private ProfileView profile(UserId id) {
    return relationships.target(id);
  }
}
