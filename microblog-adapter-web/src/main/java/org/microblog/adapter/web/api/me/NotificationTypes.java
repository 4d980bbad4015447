package org.microblog.adapter.web.api.me;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.domain.notification.NotificationKind;

/**
 * Mastodon's notification type names and our kinds: a mention and a reply are both {@code mention}.
 * Names we have nothing for ({@code poll}, {@code status}, {@code update}, ...) or do not know
 * select nothing, as Mastodon ignores unknown names.
 */
final class NotificationTypes {
  /** More names than Mastodon has types is no honest filter. */
  static final int MAX_NAMES = 30;

  private static final Map<String, Set<NotificationKind>> KINDS =
      Map.of(
          "mention", EnumSet.of(NotificationKind.MENTIONED, NotificationKind.REPLIED),
          "favourite", EnumSet.of(NotificationKind.LIKED),
          "reblog", EnumSet.of(NotificationKind.BOOSTED),
          "follow", EnumSet.of(NotificationKind.FOLLOWED));

  private NotificationTypes() {}

  static String name(NotificationKind kind) {
    return switch (kind) {
      case FOLLOWED -> "follow";
      case MENTIONED, REPLIED -> "mention";
      case LIKED -> "favourite";
      case BOOSTED -> "reblog";
    };
  }

  /**
   * The kinds to read: those {@code types} names (every kind when none is given) less those {@code
   * excluded} names.
   */
  static Set<NotificationKind> selected(List<String> types, List<String> excluded) {
    if (types.size() > MAX_NAMES || excluded.size() > MAX_NAMES) {
      throw new ApiError.BadParameter("At most " + MAX_NAMES + " types at a time");
    }
    Set<NotificationKind> kinds =
        types.isEmpty() ? EnumSet.allOf(NotificationKind.class) : kinds(types);
    kinds.removeAll(kinds(excluded));
    return kinds;
  }

  private static Set<NotificationKind> kinds(List<String> names) {
    Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
    names.forEach(name -> kinds.addAll(KINDS.getOrDefault(name, Set.of())));
    return kinds;
  }
}
