package org.microblog.adapter.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.Links;
import org.microblog.application.port.in.search.MatchCount;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.domain.search.SearchQuery;

/** What the search page shows beside the post cards, in the words a reader reads. */
final class SearchPage {
  private SearchPage() {}

  /** Someone found, with their profile. */
  record Person(String name, String profileUrl, String avatarUrl, String about) {}

  static List<Person> people(List<PersonMatch> matches) {
    return matches.stream()
        .map(
            m -> {
              String name = m.username().value();
              return new Person(name, Links.profile(name), Links.avatar(name), m.about().value());
            })
        .toList();
  }

  /**
   * "No posts match.", "1 post matches.", "1,234 posts match.", "More than 1,000 posts match.", in
   * the reader's language with the number grouped as it groups numbers.
   */
  static Phrase count(MatchCount count) {
    if (count.counted() == 0) {
      return Phrase.of("search.count.none");
    }
    return count.more()
        ? Phrase.of("search.count.more", count.counted())
        : Phrase.of("search.count", count.counted());
  }

  /** The page's own address, where the pager adds its cursor. */
  static String path(SearchQuery query) {
    return "/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
  }
}
