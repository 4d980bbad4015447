package org.microblog.adapter.web.api.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiForm;
import org.microblog.adapter.web.api.ApiIds;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.post.UnboostPostUseCase;
import org.microblog.application.port.in.post.UnlikePostUseCase;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;

/**
 * Writing through the API: posting (with Mastodon's {@code Idempotency-Key}), deleting one's own
 * status, favouriting and boosting. Each answers with the status as the person now sees it.
 */
@Controller("/api/v1/statuses")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatusActionsController {
  private static final int MAX_IDEMPOTENCY_KEY = 200;
  private final PublishPostUseCase publish;
  private final DeletePostUseCase delete;
  private final LikePostUseCase like;
  private final UnlikePostUseCase unlike;
  private final BoostPostUseCase boost;
  private final UnboostPostUseCase unboost;
  private final OneStatus oneStatus;
  private final JsonMapper json;

  StatusActionsController(
      PublishPostUseCase publish,
      DeletePostUseCase delete,
      LikePostUseCase like,
      UnlikePostUseCase unlike,
      BoostPostUseCase boost,
      UnboostPostUseCase unboost,
      OneStatus oneStatus,
      JsonMapper json) {
    this.publish = publish;
    this.delete = delete;
    this.like = like;
    this.unlike = unlike;
    this.boost = boost;
    this.unboost = unboost;
    this.oneStatus = oneStatus;
    this.json = json;
  }

  /**
   * The same {@code Idempotency-Key} from the same person within an hour publishes one post: the
   * key becomes the post's form token, as a web form's resubmission does, and lives as long ({@link
   * FormToken#LIFETIME}).
   */
  @Post(
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:statuses")
  StatusJson post(
      HttpRequest<?> request,
      Authentication authentication,
      @Body @Nullable String body,
      @Header("Idempotency-Key") @Nullable String idempotencyKey) {
    UserId author = ApiCaller.person(authentication);
    ApiForm form = ApiForm.parse(body, request.getContentType(), json);
    String text = form.first("status").orElse("");
    Optional<PostId> inReplyTo = form.first("in_reply_to_id").map(id -> new PostId(ApiIds.of(id)));
    PostId id =
        publish.publish(
            new PublishPostCommand(
                author,
                new PostText(text),
                formToken(author, idempotencyKey),
                new ContentWarning(form.first("spoiler_text").orElse("")),
                inReplyTo,
                // Absent or empty: the author's account language.
                form.first("language").filter(code -> !code.isEmpty()).map(PostLanguage::new)));
    return oneStatus.of(id, author);
  }

  @Delete("/{id}")
  @RequiredScope("write:statuses")
  StatusJson delete(Authentication authentication, @PathVariable String id) {
    UserId requester = ApiCaller.person(authentication);
    PostId post = new PostId(ApiIds.of(id));
    StatusJson deleted = oneStatus.of(post, requester);
    delete.delete(new DeletePostCommand(requester, post));
    return deleted;
  }

  @Post(
      value = "/{id}/favourite",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:favourites")
  StatusJson favourite(Authentication authentication, @PathVariable String id) {
    return acting(
        authentication, id, (reader, post) -> like.like(new LikePostCommand(reader, post)));
  }

  @Post(
      value = "/{id}/unfavourite",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:favourites")
  StatusJson unfavourite(Authentication authentication, @PathVariable String id) {
    return acting(
        authentication, id, (reader, post) -> unlike.unlike(new LikePostCommand(reader, post)));
  }

  @Post(
      value = "/{id}/reblog",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:statuses")
  StatusJson reblog(Authentication authentication, @PathVariable String id) {
    return acting(
        authentication, id, (reader, post) -> boost.boost(new BoostPostCommand(reader, post)));
  }

  @Post(
      value = "/{id}/unreblog",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @RequiredScope("write:statuses")
  StatusJson unreblog(Authentication authentication, @PathVariable String id) {
    return acting(
        authentication, id, (reader, post) -> unboost.unboost(new BoostPostCommand(reader, post)));
  }

  /** Does {@code action} as the token's person on the post, and answers the post as they see it. */
  private StatusJson acting(
      Authentication authentication, String id, BiConsumer<UserId, PostId> action) {
    UserId reader = ApiCaller.person(authentication);
    PostId post = new PostId(ApiIds.of(id));
    action.accept(reader, post);
    return oneStatus.of(post, reader);
  }

  /** A key of the person's own becomes a form token: its digest, so any text will do. */
  private static Optional<FormToken> formToken(UserId author, String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    if (key.length() > MAX_IDEMPOTENCY_KEY) {
      throw new ApiError.BadParameter("Idempotency-Key is too long");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("api:" + author.value() + ":" + key).getBytes(StandardCharsets.UTF_8));
      return Optional.of(
          new FormToken(Base64.getUrlEncoder().withoutPadding().encodeToString(digest)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
