package org.microblog.domain.post;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.UserId;

/**
 * A post about to be stored, before an id is assigned.
 *
 * @param formToken the token of the form it was written in, if any: a second post with the same
 *     author and token, within {@link FormToken#LIFETIME} of the first, is the same post
 * @param warning its content warning, {@link ContentWarning#none()} for none
 * @param inReplyTo the post it answers, if it is a reply
 * @param language the language it is written in, if known
 */
public record NewPost(
    UserId authorId,
    PostText text,
    Instant publishedAt,
    Optional<FormToken> formToken,
    ContentWarning warning,
    Optional<InReplyTo> inReplyTo,
    Optional<PostLanguage> language) {
  public NewPost {
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(formToken, "formToken");
    Objects.requireNonNull(warning, "warning");
    Objects.requireNonNull(inReplyTo, "inReplyTo");
    Objects.requireNonNull(language, "language");
  }

  /** A post whose language nobody gave. */
  public NewPost(
      UserId authorId,
      PostText text,
      Instant publishedAt,
      Optional<FormToken> formToken,
      ContentWarning warning,
      Optional<InReplyTo> inReplyTo) {
    this(authorId, text, publishedAt, formToken, warning, inReplyTo, Optional.empty());
  }

  /** A post that is no reply and carries no content warning. */
  public NewPost(
      UserId authorId, PostText text, Instant publishedAt, Optional<FormToken> formToken) {
    this(authorId, text, publishedAt, formToken, ContentWarning.none(), Optional.empty());
  }

  public NewPost(UserId authorId, PostText text, Instant publishedAt) {
    this(authorId, text, publishedAt, Optional.empty());
  }

  /**
   * From when an earlier post with the same author and form token is still this post: posts with
   * the token that were published before this instant no longer count ({@link FormToken#LIFETIME}).
   */
  public Instant sameFormSince() {
    return publishedAt.minus(FormToken.LIFETIME);
  }

  /**
   * The tags the post is filed under, so that tag pages find it: those of its body, each once (by
   * {@link Tag#key()}), in the order first written. A content warning files nothing: it describes
   * the post rather than being part of it.
   */
  public List<Tag> tags() {
    return ParsedText.of(text).tags();
  }
}
