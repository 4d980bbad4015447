package org.microblog.adapter.web.post;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Optional;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.limits.RateLimits;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.post.EditPostCommand;
import org.microblog.application.port.in.post.EditPostUseCase;
import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.shared.DomainException;

/**
 * Editing one's own post: the form starts from its current words; a saved edit returns to the post
 * page. Anyone but the author is refused as deleting refuses them (403), before the form is read;
 * an unknown or deleted post is a 404. Edits share the posting rate limit.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/posts/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EditPostController {
  private static final String VIEW = "post/edit";
  private final EditablePostQuery editable;
  private final EditPostUseCase editPost;
  private final RateLimits rateLimits;

  EditPostController(EditablePostQuery editable, EditPostUseCase editPost, RateLimits rateLimits) {
    this.editable = editable;
    this.editPost = editPost;
    this.rateLimits = rateLimits;
  }

  @Get("/edit")
  HttpResponse<?> form(Authentication authentication, @PathVariable long id) {
    Viewer viewer = CurrentViewer.required(authentication);
    PostVersion current = editable.editable(viewer.id(), PostIds.path(id));
    return HttpResponse.ok(
        new ModelAndView<>(
            VIEW, model(id, current.text().value(), current.contentWarning().value()).asMap()));
  }

  @Post(value = "/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> edit(Authentication authentication, @PathVariable long id, @Body EditForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    PostId post = PostIds.path(id);
    editable.editable(viewer.id(), post);
    FormErrors errors = new FormErrors();
    Optional<PostText> text = errors.attempt(() -> new PostText(form.body()));
    Optional<ContentWarning> warning = errors.attempt(() -> new ContentWarning(form.spoiler()));
    return FormSubmission.of(errors)
        // the text's rules and an edit that crossed another; a post deleted or not one's own
        // meanwhile takes the common error path (404, 403) as it does before the form is read
        .showing(DomainException.Kind.INVALID, DomainException.Kind.CONFLICT)
        .then(
            () -> {
              rateLimits.checkPost(viewer.id());
              editPost.edit(
                  new EditPostCommand(
                      viewer.id(), post, text.orElseThrow(), warning.orElseThrow()));
              return HttpResponse.seeOther(URI.create("/posts/" + id + "#post-" + id));
            },
            status ->
                FormSubmission.page(status, VIEW, model(id, form.body(), form.spoiler()), errors));
  }

  private static PageModel model(long id, String body, String spoiler) {
    return PageModel.of("postId", id).with("body", body).with("spoiler", spoiler);
  }
}
