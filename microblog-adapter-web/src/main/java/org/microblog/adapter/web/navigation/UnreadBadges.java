package org.microblog.adapter.web.navigation;

import jakarta.inject.Singleton;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.domain.user.Language;

/**
 * Words the navigation bar's unread badges in a reader's language, once for the page and the live
 * stream alike. The label is a ready string, not a phrase: the stream sends it as JSON, where no
 * template translates it.
 */
@Singleton
public final class UnreadBadges {
  private final Translations translations;

  UnreadBadges(Translations translations) {
    this.translations = translations;
  }

  /** "3 unread notifications", or no badge. */
  public UnreadBadge notifications(long unread, Language language) {
    return badge(unread, "unread.notifications", language);
  }

  /** "1 unread message", or no badge. */
  public UnreadBadge messages(long unread, Language language) {
    return badge(unread, "unread.messages", language);
  }

  private UnreadBadge badge(long unread, String key, Language language) {
    if (unread <= 0) {
      return UnreadBadge.NONE;
    }
    return new UnreadBadge(Long.toString(unread), translations.text(language, key, unread));
  }
}
