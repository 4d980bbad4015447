package org.microblog.application.service.post;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PostHistoryView;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.application.port.out.post.PostVersionPort;
import org.microblog.domain.post.PostHistory;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.user.UserId;

/** Two reads: the post as lists show it, then its newest earlier versions. */
public final class PostHistoryService implements PostHistoryQuery {
  private final LoadThreadPort threads;
  private final PostVersionPort versions;

  public PostHistoryService(LoadThreadPort threads, PostVersionPort versions) {
    this.threads = threads;
    this.versions = versions;
  }

  @Override
  public Optional<PostHistoryView> history(PostId id, Optional<UserId> viewer) {
    List<ThreadPost> chain = threads.chain(id, viewer, 1);
    // A post the viewer may not see is left out of its own chain: then it is not found.
    if (chain.isEmpty() || !chain.get(chain.size() - 1).id().equals(id)) {
      return Optional.empty();
    }
    return chain.get(chain.size() - 1).post().map(post -> history(post, id));
  }

  private PostHistoryView history(PostView post, PostId id) {
    List<PostVersion> fetched = versions.earlier(id, MAX_VERSIONS + 1);
    List<PostVersion> shown = fetched.subList(0, Math.min(fetched.size(), MAX_VERSIONS));
    return new PostHistoryView(post, new PostHistory(id, shown), fetched.size() > MAX_VERSIONS);
  }
}
