package org.microblog.adapter.web.post;

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
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.in.post.UnlikePostUseCase;

/** Liking and unliking posts; both are idempotent and return to the page the button was on. */
@Produces(MediaType.TEXT_HTML)
@Controller("/posts/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LikeController {
  private final LikePostUseCase likePost;
  private final UnlikePostUseCase unlikePost;

  LikeController(LikePostUseCase likePost, UnlikePostUseCase unlikePost) {
    this.likePost = likePost;
    this.unlikePost = unlikePost;
  }

  @Post(value = "/like", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> like(
      Authentication authentication, @PathVariable long id, @Body ReturnForm form) {
    likePost.like(command(authentication, id));
    return form.backToCard(id);
  }

  @Post(value = "/unlike", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> unlike(
      Authentication authentication, @PathVariable long id, @Body ReturnForm form) {
    unlikePost.unlike(command(authentication, id));
    return form.backToCard(id);
  }

  private static LikePostCommand command(Authentication authentication, long id) {
    return new LikePostCommand(CurrentViewer.required(authentication).id(), PostIds.path(id));
  }
}
