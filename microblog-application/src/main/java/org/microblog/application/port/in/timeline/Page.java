package org.microblog.application.port.in.timeline;

import java.util.List;
import java.util.Optional;

/**
 * One page of a newest-first list, with the requests for its neighbours where they exist.
 *
 * @param items newest first
 * @param newer the page of newer items, if any
 * @param older the page of older items, if any
 */
public record Page<T>(List<T> items, Optional<PageRequest> newer, Optional<PageRequest> older) {
  public Page {
    items = List.copyOf(items);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}
