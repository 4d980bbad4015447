package org.microblog.application.service;

import java.time.Clock;
import org.microblog.application.port.in.PublishPostCommand;
import org.microblog.application.port.in.PublishPostUseCase;
import org.microblog.application.port.out.SavePostPort;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.PostId;

/** Stamps the post with the current time and stores it. */
public final class PublishPostService implements PublishPostUseCase {
  private final SavePostPort posts;
  private final Clock clock;

  public PublishPostService(SavePostPort posts, Clock clock) {
    this.posts = posts;
    this.clock = clock;
  }

  @Override
  public PostId publish(PublishPostCommand command) {
    return posts.insert(new NewPost(command.author(), command.text(), clock.instant())).id();
  }
}
