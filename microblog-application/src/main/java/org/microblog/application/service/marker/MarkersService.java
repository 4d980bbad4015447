package org.microblog.application.service.marker;

import java.util.List;
import java.util.Set;
import org.microblog.application.port.in.marker.MarkersQuery;
import org.microblog.application.port.out.marker.MarkerPort;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.user.UserId;

/** One read of the asked markers; asking for none reads nothing. */
public final class MarkersService implements MarkersQuery {
  private final MarkerPort markers;

  public MarkersService(MarkerPort markers) {
    this.markers = markers;
  }

  @Override
  public List<Marker> markers(UserId user, Set<MarkerTimeline> timelines) {
    return timelines.isEmpty() ? List.of() : markers.markers(user, timelines);
  }
}
