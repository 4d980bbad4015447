package org.microblog.application.inmemory;

import org.microblog.application.inmemory.InMemoryTables.BoostRow;
import org.microblog.application.port.out.post.BoostPort;
import org.microblog.domain.post.Boost;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Boosts in memory, one per person and post, with ids from the posts' sequence; counts are the
 * number of boosts per post.
 */
public final class InMemoryBoosts implements BoostPort {
  private final InMemoryTables tables;

  InMemoryBoosts(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public boolean boost(Boost boost) {
    return tables.locked(
        () -> {
          // as the database's insert does: a live post (no tombstone), an existing person, once
          PostRow row = tables.posts.get(boost.postId().value());
          if (row == null
              || !row.live()
              || !tables.users.containsKey(boost.booster())
              || tables.boosts.values().stream().anyMatch(b -> same(b, boost))) {
            return false;
          }
          long id = tables.nextPostId().value();
          tables.boosts.put(id, new BoostRow(id, boost.booster(), boost.postId()));
          tables.posted(boost.booster(), boost.boostedAt());
          return true;
        });
  }

  @Override
  public void unboost(UserId booster, PostId post) {
    tables.locked(
        () ->
            tables
                .boosts
                .values()
                .removeIf(b -> b.booster().equals(booster) && b.postId().equals(post)));
  }

  private static boolean same(BoostRow row, Boost boost) {
    return row.booster().equals(boost.booster()) && row.postId().equals(boost.postId());
  }
}
