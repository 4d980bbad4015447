package org.microblog.application.service.search;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.search.MatchCount;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.search.SearchResults;
import org.microblog.application.port.in.search.SearchResultsQuery;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.out.search.SearchPort;
import org.microblog.application.service.timeline.Pages;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.UserId;

/**
 * Searches people and posts: a few people, a keyset page of posts (newest first, no ranking) and
 * the number of matching posts, counted no further than {@link #COUNT_CAP} so that a common word
 * costs the index no more than a thousand matches. Always three reads, and a few more for an
 * offset.
 */
public final class SearchService implements SearchResultsQuery {
  /** How many people a results page shows. */
  public static final int PEOPLE_SHOWN = 5;

  /** Beyond this, a page says "more than 1,000 posts". */
  public static final long COUNT_CAP = 1_000;

  private final SearchPort search;

  public SearchService(SearchPort search) {
    this.search = search;
  }

  @Override
  public SearchResults search(SearchQuery query, Optional<UserId> viewer, PageRequest page) {
    return search(query, viewer, page, 0);
  }

  @Override
  public SearchResults search(
      SearchQuery query, Optional<UserId> viewer, PageRequest page, int offset) {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be 0 to " + MAX_OFFSET + ": " + offset);
    }
    PageRequest from = skip(query, viewer, page, offset);
    List<PersonMatch> people = search.people(query, PEOPLE_SHOWN);
    return new SearchResults(
        people.subList(Math.min(offset, people.size()), people.size()),
        Pages.of(search.posts(query, viewer, from), from, post -> post.id().value()),
        MatchCount.of(search.countPosts(query, viewer, COUNT_CAP + 1), COUNT_CAP));
  }

  /**
   * The page that starts {@code offset} matching posts beyond {@code page}'s cursor, found by
   * keyset steps of at most {@link PageRequest#MAX_SIZE} posts (so at most ten more reads).
   */
  private PageRequest skip(
      SearchQuery query, Optional<UserId> viewer, PageRequest page, int offset) {
    PageRequest at = page;
    for (int left = offset; left > 0; ) {
      int step = Math.min(left, PageRequest.MAX_SIZE);
      List<PostView> skipped =
          search.posts(query, viewer, new PageRequest(page.direction(), at.cursor(), step));
      if (skipped.size() < step) {
        return beyondTheEnd(page);
      }
      at = new PageRequest(page.direction(), skipped.get(step - 1).id().value(), page.size());
      left -= step;
    }
    return at;
  }

  /** A page past the last match: no post lies beyond its cursor. */
  private static PageRequest beyondTheEnd(PageRequest page) {
    long cursor = page.direction() == PageRequest.Direction.OLDER ? 0 : Long.MAX_VALUE;
    return new PageRequest(page.direction(), cursor, page.size());
  }
}
