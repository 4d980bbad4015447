package org.microblog.adapter.persistence.post;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.microblog.adapter.persistence.support.UserValueMappings;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.InReplyTo;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.Username;

/**
 * Between {@code posts} rows and domain records; value objects map through their one field. An
 * unmapped target fails the build, so a new column or record component cannot be dropped silently.
 */
@Mapper(
    componentModel = "jakarta",
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    uses = UserValueMappings.class)
interface PostEntityMapper {

  @Mapping(target = "text", source = "body")
  Post toDomain(PostEntity entity);

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "body", source = "text")
  @Mapping(target = "spoiler", source = "warning")
  @Mapping(target = "inReplyToId", source = "inReplyTo")
  @Mapping(target = "deleted", constant = "false")
  @Mapping(target = "likeCount", constant = "0L")
  @Mapping(target = "replyCount", constant = "0L")
  @Mapping(target = "boostCount", constant = "0L")
  @Mapping(target = "boostOfId", ignore = true)
  @Mapping(target = "editedAt", ignore = true)
  PostEntity toEntity(NewPost post);

  @Mapping(target = "author", source = "authorName")
  @Mapping(target = "text", source = "body")
  @Mapping(target = "warning", source = "spoiler")
  PostView toView(PostRow row);

  /** A home timeline's entry: the post in its own place, or placed by a boost. */
  default TimelineEntry toEntry(TimelineRow row) {
    PostView post = toView(row.post());
    return row.booster() == null
        ? TimelineEntry.of(post)
        : TimelineEntry.boosted(row.position(), post, new Username(row.booster()));
  }

  /** A thread's place: the post, or a tombstone that keeps its replies' place. */
  default ThreadPost toThreadPost(PostRow row) {
    return row.deleted() ? ThreadPost.deleted(postId(row.id())) : ThreadPost.of(toView(row));
  }

  default Optional<Instant> editedAt(@Nullable Instant editedAt) {
    return Optional.ofNullable(editedAt);
  }

  default Optional<PostLanguage> language(@Nullable String code) {
    return code == null ? Optional.empty() : Optional.of(new PostLanguage(code));
  }

  default @Nullable String language(Optional<PostLanguage> language) {
    return language.map(PostLanguage::code).orElse(null);
  }

  default ContentWarning warning(String spoiler) {
    return new ContentWarning(spoiler);
  }

  default String spoiler(ContentWarning warning) {
    return warning.value();
  }

  default @Nullable Long inReplyToId(Optional<InReplyTo> inReplyTo) {
    return inReplyTo.map(parent -> parent.postId().value()).orElse(null);
  }

  default PostId postId(Long id) {
    return new PostId(id);
  }

  default PostText text(String value) {
    return new PostText(value);
  }

  default String text(PostText text) {
    return text.value();
  }

  default @Nullable String formToken(Optional<FormToken> token) {
    return token.map(FormToken::value).orElse(null);
  }
}
