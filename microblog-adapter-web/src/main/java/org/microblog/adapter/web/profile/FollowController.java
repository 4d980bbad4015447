package org.microblog.adapter.web.profile;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.function.Consumer;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.form.SafeRedirect;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.post.ReturnForm;
import org.microblog.adapter.web.view.Links;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.domain.shared.DomainException;

/** Following and unfollowing, always as the logged-in viewer. */
@Produces(MediaType.TEXT_HTML)
@Controller("/users/{username}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class FollowController {
  private final FollowUserUseCase followUser;
  private final UnfollowUserUseCase unfollowUser;
  private final ProfilePage profilePage;

  FollowController(
      FollowUserUseCase followUser, UnfollowUserUseCase unfollowUser, ProfilePage profilePage) {
    this.followUser = followUser;
    this.unfollowUser = unfollowUser;
    this.profilePage = profilePage;
  }

  @Post(value = "/follow", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> follow(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String username,
      @Body ReturnForm form) {
    return act(request, authentication, username, form, followUser::follow);
  }

  @Post(value = "/unfollow", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> unfollow(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String username,
      @Body ReturnForm form) {
    return act(request, authentication, username, form, unfollowUser::unfollow);
  }

  private HttpResponse<?> act(
      HttpRequest<?> request,
      Authentication authentication,
      String username,
      ReturnForm form,
      Consumer<FollowCommand> action) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    // Only a rule of the follow itself (not oneself) is shown on the profile; an unknown user is
    // the 404 page.
    return FormSubmission.of(errors)
        .showing(DomainException.Kind.INVALID)
        .then(
            () -> {
              action.accept(new FollowCommand(viewer.id(), UsernamePath.parse(username)));
              String back = SafeRedirect.localPathOr(form.next(), Links.profile(username));
              return HttpResponse.seeOther(URI.create(back));
            },
            status -> profilePage.refused(request, username, viewer, status, errors));
  }
}
