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
import java.net.URI;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.limits.RateLimits;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.SafeRedirect;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.timeline.HomePage;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;

/** Publishing and deleting posts. */
@Produces(MediaType.TEXT_HTML)
@Controller("/posts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PostController {
  private final PublishPostUseCase publishPost;
  private final RateLimits rateLimits;
  private final DeletePostUseCase deletePost;
  private final HomePage homePage;

  PostController(
      PublishPostUseCase publishPost,
      DeletePostUseCase deletePost,
      HomePage homePage,
      RateLimits rateLimits) {
    this.rateLimits = rateLimits;
    this.publishPost = publishPost;
    this.deletePost = deletePost;
    this.homePage = homePage;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> publish(Authentication authentication, @Body PostForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    return errors
        .attempt(() -> new PostText(form.body()))
        .<HttpResponse<?>>map(
            text -> {
              rateLimits.checkPost(viewer.id());
              try {
                publishPost.publish(
                    new PublishPostCommand(viewer.id(), text, FormToken.parse(form.formToken())));
              } catch (DomainException refused) {
                // e.g. the operator requires a verified address before posting
                return homePage.refused(viewer, form.body(), errors.add(refused).asMap());
              }
              return HttpResponse.seeOther(URI.create("/"));
            })
        .orElseGet(() -> homePage.refused(viewer, form.body(), errors.asMap()));
  }

  /** Only the author may delete; the domain refuses anyone else (403 page). */
  @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(
      Authentication authentication, @PathVariable long id, @Body ReturnForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    deletePost.delete(new DeletePostCommand(viewer.id(), postId(id)));
    return HttpResponse.seeOther(URI.create(SafeRedirect.localPathOr(form.next(), "/")));
  }

  private static PostId postId(long id) {
    if (id <= 0) {
      throw DomainException.notFound("post.unknown", "That post does not exist.");
    }
    return new PostId(id);
  }
}
