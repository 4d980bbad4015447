package org.microblog.application.service.post;

import java.time.Clock;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.PostId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;

/**
 * Stamps the post with the current time and stores it. An operator may require a verified email
 * address before anyone posts.
 */
public final class PublishPostService implements PublishPostUseCase {
  private final SavePostPort posts;
  private final Clock clock;
  private final LoadUserPort users;
  private final boolean requireVerifiedEmail;

  /**
   * @param requireVerifiedEmail refuse authors whose address is not verified yet
   */
  public PublishPostService(
      SavePostPort posts, Clock clock, LoadUserPort users, boolean requireVerifiedEmail) {
    this.posts = posts;
    this.clock = clock;
    this.users = users;
    this.requireVerifiedEmail = requireVerifiedEmail;
  }

  @Override
  public PostId publish(PublishPostCommand command) {
    if (requireVerifiedEmail
        && !users.findById(command.author()).map(User::emailVerified).orElse(false)) {
      throw DomainException.forbidden(
          "body.unverified",
          "Please verify your email address before posting: follow the link we mailed you, or"
              + " ask for a new one in your account settings.");
    }
    return posts
        .insert(new NewPost(command.author(), command.text(), clock.instant(), command.formToken()))
        .id();
  }
}
