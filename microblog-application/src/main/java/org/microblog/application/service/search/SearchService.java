package org.microblog.application.service.search;

import java.util.Optional;
import org.microblog.application.port.in.search.MatchCount;
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
 * costs the index no more than a thousand matches. Always three reads.
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
    return new SearchResults(
        search.people(query, PEOPLE_SHOWN),
        Pages.of(search.posts(query, viewer, page), page, post -> post.id().value()),
        MatchCount.of(search.countPosts(query, viewer, COUNT_CAP + 1), COUNT_CAP));
  }
}
