package org.microblog.application.port.out.search;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.UserId;

/**
 * Finds people and posts by their words through an index, never by reading every row. A post
 * matches as {@link SearchQuery#matches} says, as far as the store can: every store matches words
 * ignoring case, and those that can ignoring accents, and keeps exclusions; phrases are matched as
 * phrases where the store supports them and otherwise as words that must all appear. Only live
 * posts (no tombstones, no boosts) of accounts whose posts are findable match. {@code viewer} is
 * who is looking, if anyone: the place to leave out the people they block or mute.
 */
public interface SearchPort {
  /** At most {@code max} people whose username or about-me hold every wanted word, by username. */
  List<PersonMatch> people(SearchQuery query, int max);

  /**
   * At most {@link PageRequest#fetchSize()} matching posts beyond the cursor, ordered from the
   * cursor outwards, as {@link org.microblog.application.port.out.post.LoadTimelinePort} does.
   */
  List<PostView> posts(SearchQuery query, Optional<UserId> viewer, PageRequest page);

  /** How many posts match, counting no further than {@code limit}. */
  long countPosts(SearchQuery query, Optional<UserId> viewer, long limit);
}
