package org.microblog.application.port.in.search;

import java.util.Optional;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.UserId;

/**
 * Searching people and posts. Posts are those of accounts that let search find them, newest first
 * (no ranking), never boosts or deleted posts; {@code viewer} is who is looking, if anyone, for the
 * people they do not want to see.
 */
public interface SearchResultsQuery {
  /**
   * The furthest an offset reaches: clients page deeper by cursor, which costs the same at any
   * depth, while an offset costs a read per {@link PageRequest#MAX_SIZE} posts it skips.
   */
  int MAX_OFFSET = 1_000;

  SearchResults search(SearchQuery query, Optional<UserId> viewer, PageRequest page);

  /**
   * The same search as the client APIs page it: the first {@code offset} people and the first
   * {@code offset} posts beyond the page's cursor skipped.
   *
   * @param offset 0 to {@link #MAX_OFFSET}
   */
  SearchResults search(SearchQuery query, Optional<UserId> viewer, PageRequest page, int offset);
}
