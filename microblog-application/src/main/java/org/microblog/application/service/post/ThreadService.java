package org.microblog.application.service.post;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Reads a post's thread in two bounded reads: the chain of posts it answers (at most {@link
 * #MAX_ANCESTORS} of them, the nearest), and one keyset page of its replies.
 */
public final class ThreadService implements ThreadQuery {
  /** Deeper threads show their nearest posts; the oldest ones are a click further up. */
  static final int MAX_ANCESTORS = 50;

  private final LoadThreadPort threads;

  public ThreadService(LoadThreadPort threads) {
    this.threads = threads;
  }

  @Override
  public Optional<PostThread> thread(PostId id, Optional<UserId> viewer, long repliesAfter) {
    List<ThreadPost> chain = threads.chain(id, viewer, MAX_ANCESTORS + 1);
    // A post the viewer may not see is left out of its own chain: then it is not found.
    if (chain.isEmpty() || !chain.get(chain.size() - 1).id().equals(id)) {
      return Optional.empty();
    }
    List<ThreadPost> fetched = threads.replies(id, viewer, repliesAfter, REPLIES_PER_PAGE + 1);
    List<ThreadPost> replies = fetched.subList(0, Math.min(fetched.size(), REPLIES_PER_PAGE));
    OptionalLong next =
        fetched.size() > REPLIES_PER_PAGE
            ? OptionalLong.of(replies.get(replies.size() - 1).id().value())
            : OptionalLong.empty();
    return Optional.of(
        new PostThread(
            chain.subList(0, chain.size() - 1), chain.get(chain.size() - 1), replies, next));
  }
}
