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
  SearchResults search(SearchQuery query, Optional<UserId> viewer, PageRequest page);
}
