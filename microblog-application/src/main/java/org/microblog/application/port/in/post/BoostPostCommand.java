package org.microblog.application.port.in.post;

import java.util.Objects;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** Someone boosts, or stops boosting, a post. */
public record BoostPostCommand(UserId booster, PostId post) {
  public BoostPostCommand {
    Objects.requireNonNull(booster, "booster");
    Objects.requireNonNull(post, "post");
  }
}
