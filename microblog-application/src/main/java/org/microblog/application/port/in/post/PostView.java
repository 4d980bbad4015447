package org.microblog.application.port.in.post;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * A post as lists show it: with its author's name, its content warning, its stored counts of likes,
 * direct replies and boosts (each kept on the post's row in the transaction that changes it, never
 * counted per view), once its author has edited it, when they last did, and its language when
 * known.
 */
public record PostView(
    PostId id,
    UserId authorId,
    Username author,
    PostText text,
    Instant publishedAt,
    ContentWarning warning,
    long likeCount,
    long replyCount,
    long boostCount,
    Optional<Instant> editedAt,
    Optional<PostLanguage> language) {

  public PostView {
    Objects.requireNonNull(warning, "warning");
    Objects.requireNonNull(editedAt, "editedAt");
    Objects.requireNonNull(language, "language");
  }

  /** A post whose language is not known (written before posts recorded one). */
  public PostView(
      PostId id,
      UserId authorId,
      Username author,
      PostText text,
      Instant publishedAt,
      ContentWarning warning,
      long likeCount,
      long replyCount,
      long boostCount,
      Optional<Instant> editedAt) {
    this(
        id,
        authorId,
        author,
        text,
        publishedAt,
        warning,
        likeCount,
        replyCount,
        boostCount,
        editedAt,
        Optional.empty());
  }

  /** A post that nobody answered or boosted yet, perhaps edited. */
  public PostView(
      PostId id,
      UserId authorId,
      Username author,
      PostText text,
      Instant publishedAt,
      ContentWarning warning,
      long likeCount,
      Optional<Instant> editedAt) {
    this(id, authorId, author, text, publishedAt, warning, likeCount, 0, 0, editedAt);
  }

  /** A post without a content warning that nobody liked, answered, boosted or edited yet. */
  public PostView(PostId id, UserId authorId, Username author, PostText text, Instant publishedAt) {
    this(id, authorId, author, text, publishedAt, ContentWarning.none(), 0, Optional.empty());
  }
}
