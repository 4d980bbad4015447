package org.microblog.adapter.web.api.me;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.entity.StatusJson;
import org.microblog.adapter.web.api.entity.StatusMapper;
import org.microblog.adapter.web.api.entity.Statuses;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** One status as a logged-in reader sees it, after an action on it: a few reads, bounded. */
@Singleton
final class OneStatus {
  private final ThreadQuery threads;
  private final Statuses statuses;

  OneStatus(ThreadQuery threads, Statuses statuses) {
    this.threads = threads;
    this.statuses = statuses;
  }

  StatusJson of(PostId id, UserId reader) {
    PostThread thread = threads.thread(id, 0).orElseThrow(ApiError.NotFound::new);
    PostView post = thread.post().post().orElseThrow(ApiError.NotFound::new);
    List<ThreadPost> ancestors = thread.ancestors();
    StatusMapper.Parent parent =
        ancestors.isEmpty()
            ? StatusMapper.Parent.NONE
            : new StatusMapper.Parent(
                Long.toString(ancestors.get(ancestors.size() - 1).id().value()),
                ancestors
                    .get(ancestors.size() - 1)
                    .post()
                    .map(p -> Long.toString(p.authorId().value()))
                    .orElse(null));
    return statuses.forReader(reader, List.of(post), Map.of(), p -> parent).stream()
        .findFirst()
        .orElseThrow(ApiError.NotFound::new);
  }
}
