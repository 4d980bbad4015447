package org.microblog.application.port.out.marker;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.user.UserId;

/** Each person's stored reading positions, one per timeline; they go with the account. */
public interface MarkerPort {
  /** The stored markers of those {@code timelines} that have one, in one read. */
  List<Marker> markers(UserId user, Set<MarkerTimeline> timelines);

  /**
   * Stores the position, version 1 the first time and one more than the stored version after that
   * (two saves at once both count), and answers what is stored now.
   *
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown user
   */
  Marker save(UserId user, MarkerTimeline timeline, long lastReadId, Instant at);
}
