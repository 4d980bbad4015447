package org.microblog.application.inmemory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.ReplyTarget;
import org.microblog.domain.user.UserId;

/** Threads over the posts in memory: chains upwards by the post each answers, replies by id. */
public final class InMemoryThreads implements LoadThreadPort {
  private final InMemoryTables tables;
  private final InMemoryPosts posts;

  InMemoryThreads(InMemoryTables tables, InMemoryPosts posts) {
    this.tables = tables;
    this.posts = posts;
  }

  @Override
  public Optional<ReplyTarget> replyTarget(PostId id) {
    return tables.locked(
        () ->
            Optional.ofNullable(tables.posts.get(id.value()))
                .map(row -> new ReplyTarget(id, row.post().authorId(), row.deleted())));
  }

  @Override
  public List<ThreadPost> chain(PostId id, Optional<UserId> viewer, int maxLength) {
    return tables.locked(
        () -> {
          List<ThreadPost> chain = new ArrayList<>();
          Optional<PostRow> next = Optional.ofNullable(tables.posts.get(id.value()));
          int depth = 0;
          while (next.isPresent() && depth < maxLength) {
            PostRow row = next.get();
            if (!tables.hides(viewer, row.post().authorId())) {
              chain.add(threadPost(row));
            }
            depth++;
            next = row.inReplyTo().map(parent -> tables.posts.get(parent.value()));
          }
          Collections.reverse(chain);
          return chain;
        });
  }

  @Override
  public List<ThreadPost> replies(PostId id, Optional<UserId> viewer, long afterId, int max) {
    return tables.locked(
        () ->
            tables.posts.tailMap(afterId, false).values().stream()
                .filter(row -> row.inReplyTo().equals(Optional.of(id)))
                .filter(row -> !tables.hides(viewer, row.post().authorId()))
                .limit(max)
                .map(this::threadPost)
                .toList());
  }

  private ThreadPost threadPost(PostRow row) {
    return row.deleted() ? ThreadPost.deleted(row.post().id()) : ThreadPost.of(posts.view(row));
  }
}
