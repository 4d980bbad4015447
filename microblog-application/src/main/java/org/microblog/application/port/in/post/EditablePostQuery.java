package org.microblog.application.port.in.post;

import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.user.UserId;

/** What the edit form starts from: the post's current words, for its author only. */
public interface EditablePostQuery {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown or deleted post,
   *     FORBIDDEN when the editor is not the author (as for deleting)
   */
  PostVersion editable(UserId editor, PostId post);
}
