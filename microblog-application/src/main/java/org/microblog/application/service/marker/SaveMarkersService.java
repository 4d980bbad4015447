package org.microblog.application.service.marker;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.microblog.application.port.in.marker.SaveMarkersCommand;
import org.microblog.application.port.in.marker.SaveMarkersUseCase;
import org.microblog.application.port.out.marker.MarkerPort;
import org.microblog.domain.marker.Marker;

/**
 * Saves each given position at the clock's time. Any id is taken, also an older one: an app that
 * goes back to re-read moves the marker back, as Mastodon lets it.
 */
public final class SaveMarkersService implements SaveMarkersUseCase {
  private final MarkerPort markers;
  private final Clock clock;

  public SaveMarkersService(MarkerPort markers, Clock clock) {
    this.markers = markers;
    this.clock = clock;
  }

  @Override
  public List<Marker> save(SaveMarkersCommand command) {
    Instant now = clock.instant();
    return command.lastReadIds().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> markers.save(command.user(), entry.getKey(), entry.getValue(), now))
        .toList();
  }
}
