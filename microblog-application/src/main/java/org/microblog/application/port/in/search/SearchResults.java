package org.microblog.application.port.in.search;

import java.util.List;
import java.util.Objects;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;

/**
 * One page of a search's results.
 *
 * @param people those whose username or about-me match, by username, a few (on every page, so that
 *     a page costs the same statements wherever it is)
 * @param posts the matching posts, newest first, by keyset
 * @param count how many posts match in all, up to a cap
 */
public record SearchResults(List<PersonMatch> people, Page<PostView> posts, MatchCount count) {
  public SearchResults {
    people = List.copyOf(people);
    Objects.requireNonNull(posts, "posts");
    Objects.requireNonNull(count, "count");
  }
}
