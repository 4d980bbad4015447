package org.microblog.adapter.web.api;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;

/**
 * Mastodon's paging parameters on our keyset pages: {@code max_id} (older than), {@code min_id}
 * (just newer than), {@code since_id} (the newest ones, but newer than) and {@code limit} (20 by
 * default, at most 40: more is cut to 40 as Mastodon does; not a positive number is a 400).
 */
public record ApiPaging(PageRequest request, OptionalLong sinceId) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 40;
  private static final int MAX_LIMIT_DIGITS = 9;

  public static ApiPaging parse(String maxId, String sinceId, String minId, String limit) {
    int size = limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
    OptionalLong max = ApiIds.cursor("max_id", maxId);
    OptionalLong since = ApiIds.cursor("since_id", sinceId);
    OptionalLong min = ApiIds.cursor("min_id", minId);
    if (min.isPresent() && max.isEmpty()) {
      return new ApiPaging(
          new PageRequest(PageRequest.Direction.NEWER, min.getAsLong(), size),
          OptionalLong.empty());
    }
    long cursor = max.orElse(Long.MAX_VALUE);
    return new ApiPaging(new PageRequest(PageRequest.Direction.OLDER, cursor, size), since);
  }

  /**
   * The {@code limit} parameter of a list with its own sizes (notifications: 40 by default, at most
   * 80): more is cut to the most, not a positive number is a 400.
   */
  public static int limit(String limit, int defaultLimit, int maxLimit) {
    if (limit == null || limit.isBlank()) {
      return defaultLimit;
    }
    if (limit.length() > MAX_LIMIT_DIGITS || !limit.chars().allMatch(Character::isDigit)) {
      throw new ApiError.BadParameter("limit must be a positive number");
    }
    int value = Integer.parseInt(limit);
    if (value < 1) {
      throw new ApiError.BadParameter("limit must be a positive number");
    }
    return Math.min(value, maxLimit);
  }

  /** The page's items without those at or below {@code since_id}. */
  public <T> List<T> trim(List<T> items, ToLongFunction<T> id) {
    if (sinceId.isEmpty()) {
      return items;
    }
    long since = sinceId.getAsLong();
    return items.stream().filter(item -> id.applyAsLong(item) > since).toList();
  }

  /**
   * The {@code Link} header Mastodon sends: {@code next} to older items while there are more,
   * {@code prev} to newer ones from the newest item shown; null when the page shows nothing.
   */
  public static String link(String url, Page<?> page, List<Long> shownIds) {
    if (shownIds.isEmpty()) {
      return null;
    }
    String prev = "<" + url + "?min_id=" + shownIds.get(0) + ">; rel=\"prev\"";
    if (page.older().isEmpty()) {
      return prev;
    }
    return "<" + url + "?max_id=" + shownIds.get(shownIds.size() - 1) + ">; rel=\"next\", " + prev;
  }
}
