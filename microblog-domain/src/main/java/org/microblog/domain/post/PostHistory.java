package org.microblog.domain.post;

import java.util.List;
import java.util.Objects;

/** The earlier versions of one post, always newest first, as the history page lists them. */
public record PostHistory(PostId postId, List<PostVersion> versions) {
  public PostHistory {
    Objects.requireNonNull(postId, "postId");
    versions =
        Objects.requireNonNull(versions, "versions").stream()
            .sorted(PostVersion.NEWEST_FIRST)
            .toList();
    for (PostVersion version : versions) {
      if (!version.postId().equals(postId)) {
        throw new IllegalArgumentException(
            "version of post " + version.postId() + " in history of " + postId);
      }
    }
  }

  /** True when the post was never edited. */
  public boolean isEmpty() {
    return versions.isEmpty();
  }
}
