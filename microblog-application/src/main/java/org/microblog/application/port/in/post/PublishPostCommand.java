package org.microblog.application.port.in.post;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;

/**
 * A post to publish in its author's name.
 *
 * @param formToken the token of the form it comes from, if any: publishing the same form twice
 *     publishes one post
 * @param warning its content warning, {@link ContentWarning#none()} for none
 * @param inReplyTo the post it answers, if any; it must exist and not be deleted
 * @param language the language it is written in; empty for the author's account language (none when
 *     they chose none)
 */
public record PublishPostCommand(
    UserId author,
    PostText text,
    Optional<FormToken> formToken,
    ContentWarning warning,
    Optional<PostId> inReplyTo,
    Optional<PostLanguage> language) {
  public PublishPostCommand {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(formToken, "formToken");
    Objects.requireNonNull(warning, "warning");
    Objects.requireNonNull(inReplyTo, "inReplyTo");
    Objects.requireNonNull(language, "language");
  }

  /** In the author's account language. */
  public PublishPostCommand(
      UserId author,
      PostText text,
      Optional<FormToken> formToken,
      ContentWarning warning,
      Optional<PostId> inReplyTo) {
    this(author, text, formToken, warning, inReplyTo, Optional.empty());
  }

  public PublishPostCommand(UserId author, PostText text, Optional<FormToken> formToken) {
    this(author, text, formToken, ContentWarning.none(), Optional.empty());
  }

  public PublishPostCommand(UserId author, PostText text) {
    this(author, text, Optional.empty());
  }
}
