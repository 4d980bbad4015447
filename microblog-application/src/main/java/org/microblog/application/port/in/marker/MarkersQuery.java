package org.microblog.application.port.in.marker;

import java.util.List;
import java.util.Set;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.user.UserId;

/** Where a person stopped reading their lists, as their apps saved it. */
public interface MarkersQuery {
  /** The saved markers of the asked timelines; a timeline never saved is left out. */
  List<Marker> markers(UserId user, Set<MarkerTimeline> timelines);
}
