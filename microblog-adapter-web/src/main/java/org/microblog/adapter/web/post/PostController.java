package org.microblog.adapter.web.post;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.Optional;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.form.SafeRedirect;
import org.microblog.adapter.web.limits.RateLimits;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.timeline.HomePage;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;

/** Publishing posts and replies, and deleting posts. */
@Produces(MediaType.TEXT_HTML)
@Controller("/posts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PostController {
  private final PublishPostUseCase publishPost;
  private final RateLimits rateLimits;
  private final DeletePostUseCase deletePost;
  private final HomePage homePage;
  private final PostPage postPage;

  PostController(
      PublishPostUseCase publishPost,
      DeletePostUseCase deletePost,
      HomePage homePage,
      PostPage postPage,
      RateLimits rateLimits) {
    this.rateLimits = rateLimits;
    this.publishPost = publishPost;
    this.deletePost = deletePost;
    this.homePage = homePage;
    this.postPage = postPage;
  }

  /**
   * A new post goes home afterwards; a reply goes to its own page, under the post it answers. A
   * refused reply comes back on the page of the post it answers.
   */
  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> publish(Authentication authentication, @Body PostForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    Optional<PostId> inReplyTo = PostIds.replyField(form.inReplyTo());
    FormErrors errors = new FormErrors();
    Optional<PostText> text = errors.attempt(() -> new PostText(form.body()));
    Optional<ContentWarning> warning = errors.attempt(() -> new ContentWarning(form.spoiler()));
    Optional<Optional<PostLanguage>> language = errors.attempt(form::postLanguage);
    return FormSubmission.of(errors)
        .then(
            () -> {
              rateLimits.checkPost(viewer.id());
              PostId published =
                  publishPost.publish(
                      new PublishPostCommand(
                          viewer.id(),
                          text.orElseThrow(),
                          FormToken.parse(form.formToken()),
                          warning.orElseThrow(),
                          inReplyTo,
                          language.orElseThrow()));
              return HttpResponse.seeOther(
                  URI.create(inReplyTo.isPresent() ? "/posts/" + published.value() : "/"));
            },
            // the text's rules, a reply to a deleted or unknown post, a verified address required
            status -> refused(viewer, inReplyTo, form, status, errors));
  }

  private HttpResponse<?> refused(
      Viewer viewer,
      Optional<PostId> inReplyTo,
      PostForm form,
      HttpStatus status,
      FormErrors errors) {
    return inReplyTo
        .flatMap(parent -> postPage.refused(parent, viewer, form, status, errors.asMap()))
        .orElseGet(
            () ->
                homePage.refused(
                    viewer, form.body(), form.spoiler(), form.language(), status, errors.asMap()));
  }

  /** Only the author may delete; the domain refuses anyone else (403 page). */
  @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(
      Authentication authentication, @PathVariable long id, @Body ReturnForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    deletePost.delete(new DeletePostCommand(viewer.id(), PostIds.path(id)));
    return HttpResponse.seeOther(URI.create(SafeRedirect.localPathOr(form.next(), "/")));
  }
}
