package org.microblog.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.out.search.SearchPort;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * Search by reading every row: fine in memory, and the reference the database indexes are held to
 * (the same contract tests). Matches exactly as {@link SearchQuery#matches} says, phrases included.
 */
public final class InMemorySearch implements SearchPort {
  private final InMemoryTables tables;
  private final InMemoryPosts posts;

  InMemorySearch(InMemoryTables tables, InMemoryPosts posts) {
    this.tables = tables;
    this.posts = posts;
  }

  @Override
  public List<PersonMatch> people(SearchQuery query, int max) {
    return tables.locked(
        () ->
            tables.users.values().stream()
                .filter(u -> query.matches(u.username().value() + " " + u.about().value()))
                .sorted(Comparator.comparing(u -> u.username().canonical()))
                .limit(max)
                .map(u -> new PersonMatch(u.username(), u.about()))
                .toList());
  }

  @Override
  public List<PostView> posts(SearchQuery query, Optional<UserId> viewer, PageRequest page) {
    return posts.slice(matching(query, viewer), page);
  }

  @Override
  public long countPosts(SearchQuery query, Optional<UserId> viewer, long limit) {
    return tables.locked(
        () -> tables.posts.values().stream().filter(matching(query, viewer)).limit(limit).count());
  }

  /**
   * Live (slice and count both keep to those), findable, matching, and by nobody across a block
   * from the viewer or muted by them.
   */
  private Predicate<PostRow> matching(SearchQuery query, Optional<UserId> viewer) {
    return row -> {
      User author = tables.users.get(row.post().authorId());
      return row.live()
          && author.postsFindable()
          && !tables.hides(viewer, author.id())
          && query.matches(row.post().text().value());
    };
  }
}
