package org.microblog.application.service.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;

/**
 * Builds a {@link Page} from the rows a keyset query returned: at most one more than the page size,
 * ordered from the cursor outwards (see {@link
 * org.microblog.application.port.out.post.LoadTimelinePort}).
 */
public final class Pages {
  private Pages() {}

  public static <T> Page<T> of(List<T> fetched, PageRequest request, ToLongFunction<T> id) {
    boolean more = fetched.size() > request.size();
    List<T> items = new ArrayList<>(fetched.subList(0, Math.min(fetched.size(), request.size())));
    if (request.direction() == PageRequest.Direction.NEWER) {
      Collections.reverse(items);
      return new Page<>(items, more ? newer(items, id) : Optional.empty(), older(items, id));
    }
    Optional<PageRequest> newer =
        request.isFirst()
            ? Optional.empty()
            : newer(items, id).or(() -> Optional.of(PageRequest.first()));
    return new Page<>(items, newer, more ? older(items, id) : Optional.empty());
  }

  private static <T> Optional<PageRequest> newer(List<T> items, ToLongFunction<T> id) {
    return items.isEmpty()
        ? Optional.empty()
        : Optional.of(PageRequest.newerThan(id.applyAsLong(items.get(0))));
  }

  private static <T> Optional<PageRequest> older(List<T> items, ToLongFunction<T> id) {
    return items.isEmpty()
        ? Optional.of(PageRequest.first())
        : Optional.of(PageRequest.olderThan(id.applyAsLong(items.get(items.size() - 1))));
  }
}
