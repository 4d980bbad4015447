package org.microblog.adapter.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
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

  /** "No posts", "1 post", "1,234 posts", "More than 1,000 posts". */
  static String count(MatchCount count) {
    if (count.counted() == 0) {
      return "No posts match.";
    }
    String number = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count.counted());
    String posts = count.counted() == 1 && !count.more() ? "post matches." : "posts match.";
    return (count.more() ? "More than " + number : number) + " " + posts;
  }

  /** The page's own address, where the pager adds its cursor. */
  static String path(SearchQuery query) {
    return "/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
  }
}
