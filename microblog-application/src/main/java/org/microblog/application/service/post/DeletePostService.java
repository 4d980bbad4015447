package org.microblog.application.service.post;

import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent.PostDeleted;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;

/**
 * Deletes a post after the domain has agreed that the requester is its author, and says so on the
 * event bus so that open apps drop it.
 */
public final class DeletePostService implements DeletePostUseCase {
  private final LoadPostPort loadPosts;
  private final SavePostPort savePosts;
  private final EventBus events;

  public DeletePostService(LoadPostPort loadPosts, SavePostPort savePosts, EventBus events) {
    this.loadPosts = loadPosts;
    this.savePosts = savePosts;
    this.events = events;
  }

  @Override
  public void delete(DeletePostCommand command) {
    Post post = loadPosts.findById(command.post()).orElseThrow(PostId::unknown);
    post.ensureDeletableBy(command.requester());
    savePosts.delete(post.id());
    events.publish(new PostDeleted(post.authorId(), post.id()));
  }
}
