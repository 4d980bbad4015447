package org.microblog.domain.post;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One version of a post's words: its body and content warning and when that version was written
 * (published, or edited into being). Editing a post keeps the version it replaces for the post's
 * history, which lists versions {@link #NEWEST_FIRST}.
 */
public record PostVersion(
    PostId postId, PostText text, ContentWarning contentWarning, Instant writtenAt) {

  /** History order: the latest written first. */
  public static final Comparator<PostVersion> NEWEST_FIRST =
      Comparator.comparing(PostVersion::writtenAt).reversed();

  public PostVersion {
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentWarning, "contentWarning");
    Objects.requireNonNull(writtenAt, "writtenAt");
  }

  /** The version a post starts with when it is published. */
  public static PostVersion first(Post post, ContentWarning contentWarning) {
    return new PostVersion(post.id(), post.text(), contentWarning, post.publishedAt());
  }

  /** True when the other version says the same thing (time aside). */
  public boolean sameWords(PostText otherText, ContentWarning otherWarning) {
    return text.equals(otherText) && contentWarning.equals(otherWarning);
  }
}
