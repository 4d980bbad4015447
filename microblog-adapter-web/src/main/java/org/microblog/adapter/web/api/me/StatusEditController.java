package org.microblog.adapter.web.api.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiForm;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.application.port.in.post.EditPostCommand;
import org.microblog.application.port.in.post.EditPostUseCase;
import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * Editing one's own status through the API, on the edit use case the post's edit page uses: {@code
 * status} and {@code spoiler_text} are the new words ({@code language} is accepted and ignored:
 * posts have no language here). Someone else's status is not found (404), as Mastodon answers,
 * before the body is read; the domain's rules answer 422. Answers the status as it now is.
 */
@Controller("/api/v1/statuses")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatusEditController {
  private final EditablePostQuery editable;
  private final EditPostUseCase editPost;
  private final OneStatus oneStatus;
  private final JsonMapper json;

  StatusEditController(
      EditablePostQuery editable, EditPostUseCase editPost, OneStatus oneStatus, JsonMapper json) {
    this.editable = editable;
    this.editPost = editPost;
    this.oneStatus = oneStatus;
    this.json = json;
  }

  @Put(
      value = "/{id}",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:statuses")
  StatusJson edit(
      HttpRequest<?> request,
      Authentication authentication,
      @PathVariable String id,
      @Body @Nullable String body) {
    UserId editor = ApiCaller.person(authentication);
    PostId post = new PostId(ApiIds.of(id));
    ownPost(() -> editable.editable(editor, post));
    ApiForm form = ApiForm.parse(body, request.getContentType(), json);
    PostText text = new PostText(form.first("status").orElse(""));
    ContentWarning warning = new ContentWarning(form.first("spoiler_text").orElse(""));
    // deleted, or no longer one's own, between the check and the edit: the same 404
    ownPost(() -> editPost.edit(new EditPostCommand(editor, post, text, warning)));
    return oneStatus.of(post, editor);
  }

  /** Runs {@code step}; a post that is not the caller's own is not found for them. */
  private static void ownPost(Runnable step) {
    try {
      step.run();
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.FORBIDDEN) {
        throw new ApiError.NotFound();
      }
      throw e;
    }
  }
}
