package org.microblog.application.inmemory;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.microblog.application.inmemory.InMemoryTables.BoostRow;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.out.post.ReaderInteractionsPort;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** Which of a page's posts a reader likes and boosts, read from the rows in memory. */
public final class InMemoryInteractions implements ReaderInteractionsPort {
  private final InMemoryTables tables;

  InMemoryInteractions(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public ReaderInteractions interactions(UserId reader, Collection<PostId> posts) {
    Set<PostId> asked = Set.copyOf(posts);
    return tables.locked(
        () ->
            new ReaderInteractions(
                tables.likes.stream()
                    .filter(like -> like.liker().equals(reader) && asked.contains(like.postId()))
                    .map(Like::postId)
                    .collect(Collectors.toSet()),
                tables.boosts.values().stream()
                    .filter(b -> b.booster().equals(reader) && asked.contains(b.postId()))
                    .map(BoostRow::postId)
                    .collect(Collectors.toSet())));
  }
}
