package org.microblog.adapter.web.oauth;

import java.util.List;
import org.microblog.adapter.web.i18n.Phrase;

/**
 * One OAuth scope as a page shows it: its name (what the app asked for) and what it lets the app
 * do, in the reader's language. A top scope ({@code read}) has its own sentence; a narrow one
 * ({@code read:statuses}) says reading or changing, and what. The names are the known ones ({@link
 * org.microblog.domain.oauth.Scopes} refuses others), each with its {@code scope.*} bundle text.
 *
 * @param name the scope as the app wrote it
 * @param description what it allows
 */
public record ScopeItem(String name, Phrase description) {

  /** The scopes of a grant or a request, in their order. */
  public static List<ScopeItem> of(List<String> names) {
    return names.stream().map(ScopeItem::of).toList();
  }

  static ScopeItem of(String name) {
    int colon = name.indexOf(':');
    if (colon < 0) {
      return new ScopeItem(name, Phrase.of("scope." + name));
    }
    Phrase what = Phrase.of("scope.area." + name.substring(colon + 1));
    return new ScopeItem(name, Phrase.of("scope." + name.substring(0, colon) + ".part", what));
  }
}
