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
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.in.post.UnboostPostUseCase;

/**
 * Boosting and unboosting posts; both are idempotent and return to the page the button was on. An
 * unknown or deleted post cannot be boosted (404 page).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/posts/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BoostController {
  private final BoostPostUseCase boostPost;
  private final UnboostPostUseCase unboostPost;

  BoostController(BoostPostUseCase boostPost, UnboostPostUseCase unboostPost) {
    this.boostPost = boostPost;
    this.unboostPost = unboostPost;
  }

  @Post(value = "/boost", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> boost(
      Authentication authentication, @PathVariable long id, @Body ReturnForm form) {
    boostPost.boost(command(authentication, id));
    return form.backToCard(id);
  }

  @Post(value = "/unboost", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> unboost(
      Authentication authentication, @PathVariable long id, @Body ReturnForm form) {
    unboostPost.unboost(command(authentication, id));
    return form.backToCard(id);
  }

  private static BoostPostCommand command(Authentication authentication, long id) {
    return new BoostPostCommand(CurrentViewer.required(authentication).id(), PostIds.path(id));
  }
}
