package org.microblog.domain.post;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * The post a reply answers, and its author (who is told of the reply). A reply may answer only a
 * post that exists and is not deleted; both refusals are rule violations of the {@code inReplyTo}
 * form field, so the form is shown again with the message.
 */
public record InReplyTo(PostId postId, UserId parentAuthorId) {
  public InReplyTo {
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(parentAuthorId, "parentAuthorId");
  }

  /**
   * Decides a reply's target from what storage found for the requested id.
   *
   * @throws DomainException {@code inReplyTo.unknown} when nothing was found, {@code
   *     inReplyTo.deleted} when the post was deleted
   */
  public static InReplyTo of(PostId requested, Optional<ReplyTarget> found) {
    Objects.requireNonNull(requested, "requested");
    ReplyTarget target =
        found
            .filter(t -> t.id().equals(requested))
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "inReplyTo.unknown", "The post you are replying to does not exist."));
    if (target.deleted()) {
      throw DomainException.invalid(
          "inReplyTo.deleted", "The post you are replying to has been deleted.");
    }
    return new InReplyTo(target.id(), target.authorId());
  }

  /** True when someone answers their own post: a thread, but nobody to notify. */
  public boolean answers(UserId author) {
    return parentAuthorId.equals(author);
  }
}
