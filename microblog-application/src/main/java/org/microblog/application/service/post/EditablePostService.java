package org.microblog.application.service.post;

import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.PostVersionPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.user.UserId;

/** The current words of one's own post, for the edit form. */
public final class EditablePostService implements EditablePostQuery {
  private final EditablePosts editable;

  public EditablePostService(LoadPostPort posts, PostVersionPort versions) {
    this.editable = new EditablePosts(posts, versions);
  }

  @Override
  public PostVersion editable(UserId editor, PostId post) {
    return editable.load(editor, post).current();
  }
}
