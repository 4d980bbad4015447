package org.microblog.application.inmemory;

import org.microblog.application.port.out.post.LikePort;
import org.microblog.domain.post.Like;

/** Likes in memory: a set, so liking twice is one like; counts are the set's size per post. */
public final class InMemoryLikes implements LikePort {
  private final InMemoryTables tables;

  InMemoryLikes(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public void like(Like like) {
    tables.locked(
        () -> {
          // as the foreign keys would: only an existing post by an existing person
          if (tables.posts.containsKey(like.postId().value())
              && tables.users.containsKey(like.liker())) {
            tables.likes.add(like);
          }
        });
  }

  @Override
  public void unlike(Like like) {
    tables.locked(() -> tables.likes.remove(like));
  }
}
