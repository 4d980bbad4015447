package org.microblog.application.service.post;

import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.PostVersionPort;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.user.UserId;

/** Finds a live post and its current words for its author; anyone else is refused. */
final class EditablePosts {
  /** A post its editor may change, and what it says now. */
  record Editable(Post post, PostVersion current) {}

  private final LoadPostPort posts;
  private final PostVersionPort versions;

  EditablePosts(LoadPostPort posts, PostVersionPort versions) {
    this.posts = posts;
    this.versions = versions;
  }

  Editable load(UserId editor, PostId id) {
    Post post = posts.findById(id).orElseThrow(PostId::unknown);
    post.ensureEditableBy(editor);
    return new Editable(post, versions.current(id).orElseThrow(PostId::unknown));
  }
}
