package org.microblog.domain.marker;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.shared.DomainException;

/**
 * Where a person stopped reading one of their lists, so that another app (or the same app on
 * another device) opens it there.
 *
 * @param lastReadId the id of the newest post or notification read
 * @param version how many times the position was saved: apps compare it to spot a stale copy
 * @param updatedAt when it was last saved
 */
public record Marker(MarkerTimeline timeline, long lastReadId, long version, Instant updatedAt) {
  public Marker {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(updatedAt, "updatedAt");
    requireReadId(lastReadId);
    if (version < 1) {
      throw new IllegalArgumentException("a stored marker has version 1 or more: " + version);
    }
  }

  /**
   * @throws DomainException INVALID unless the id could name a post or a notification
   */
  public static long requireReadId(long lastReadId) {
    if (lastReadId < 1) {
      throw DomainException.invalid("marker.last-read-id", "last_read_id must be an id.");
    }
    return lastReadId;
  }
}
