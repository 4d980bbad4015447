package org.microblog.adapter.persistence.search;

import java.util.List;
import java.util.Optional;
import org.microblog.adapter.persistence.block.BlockSql;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.UserId;

/**
 * The statements of a search, in one database's SQL ({@link PostgresSearchSql}, {@link
 * H2SearchSql}). Public so that the benchmark's EXPLAIN plans explain exactly what the app runs.
 * Every statement's row limit is written in (a number, never text), as the timelines' are.
 */
public interface SearchSql {
  /** Selects username and about-me, by username. */
  SearchStatement people(SearchQuery query, int max);

  /** Selects {@code PostViewQueries.COLUMNS}, from the cursor outwards. */
  SearchStatement posts(SearchQuery query, Optional<UserId> viewer, PageRequest page);

  /** Selects one number: the matching posts, at most {@code limit}. */
  SearchStatement count(SearchQuery query, Optional<UserId> viewer, long limit);

  /**
   * The conditions every post a search shows meets, after those on its words: a live post (no
   * tombstone, no boost) of an account that lets search find its posts, seen by {@code viewer}. The
   * one place for what a viewer may not see: the posts of people they block, who block them or whom
   * they mute ({@link BlockSql#visibleTo} on {@code p.author_id}). Adds its parameters, if any, to
   * {@code parameters}.
   */
  static String shownTo(Optional<UserId> viewer, List<Object> parameters) {
    String live = " AND p.deleted = FALSE AND p.boost_of_id IS NULL AND u.posts_findable = TRUE";
    if (viewer.isEmpty()) {
      return live;
    }
    for (int i = 0; i < BlockSql.PARAMETERS; i++) {
      parameters.add(viewer.get().value());
    }
    return live + BlockSql.visibleTo("p.author_id");
  }
}
