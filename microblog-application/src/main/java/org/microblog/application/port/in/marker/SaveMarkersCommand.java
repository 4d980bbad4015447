package org.microblog.application.port.in.marker;

import java.util.Map;
import java.util.Objects;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.user.UserId;

/** New reading positions of some of one person's timelines (the newest read id of each). */
public record SaveMarkersCommand(UserId user, Map<MarkerTimeline, Long> lastReadIds) {
  public SaveMarkersCommand {
    Objects.requireNonNull(user, "user");
    lastReadIds = Map.copyOf(lastReadIds);
    lastReadIds.values().forEach(Marker::requireReadId);
  }
}
