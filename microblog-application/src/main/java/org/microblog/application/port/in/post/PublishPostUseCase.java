package org.microblog.application.port.in.post;

import org.microblog.domain.post.PostId;

/** Publishes a post. */
public interface PublishPostUseCase {
  PostId publish(PublishPostCommand command);
}
