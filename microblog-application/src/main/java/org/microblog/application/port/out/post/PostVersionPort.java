package org.microblog.application.port.out.post;

import java.util.List;
import java.util.Optional;
import org.microblog.domain.post.PostEdit;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostVersion;

/** The versions of a post's words: the one it shows and the earlier ones its edits replaced. */
public interface PostVersionPort {
  /**
   * What a live post says now, and since when; empty for an unknown or deleted post and for a
   * boost's id.
   */
  Optional<PostVersion> current(PostId id);

  /**
   * Keeps {@code edited.previous()} in the post's history, makes {@code edited.current()} what the
   * post shows and files the post under {@code edited.tags()} instead of its earlier tags, in one
   * transaction, unless the post no longer shows {@code previous} (someone edited or deleted it
   * meanwhile).
   *
   * @return false when it did not, and nothing was stored
   */
  boolean replace(PostEdit.Edited edited);

  /** At most {@code max} of the post's earlier versions, newest first: one read. */
  List<PostVersion> earlier(PostId id, int max);
}
