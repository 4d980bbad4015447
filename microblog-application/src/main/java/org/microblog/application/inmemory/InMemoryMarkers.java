package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microblog.application.port.out.marker.MarkerPort;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/** Markers in memory, one per person and timeline; they go with the account's row. */
public final class InMemoryMarkers implements MarkerPort {
  private final InMemoryTables tables;

  InMemoryMarkers(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public List<Marker> markers(UserId user, Set<MarkerTimeline> timelines) {
    return tables.locked(
        () ->
            tables.markers.getOrDefault(user, Map.of()).values().stream()
                .filter(marker -> timelines.contains(marker.timeline()))
                .sorted(Comparator.comparing(Marker::timeline))
                .toList());
  }

  @Override
  public Marker save(UserId user, MarkerTimeline timeline, long lastReadId, Instant at) {
    return tables.locked(
        () -> {
          if (!tables.users.containsKey(user)) {
            throw DomainException.notFound("user.unknown", "No such user.");
          }
          Map<MarkerTimeline, Marker> mine =
              tables.markers.computeIfAbsent(user, key -> new EnumMap<>(MarkerTimeline.class));
          long version = mine.containsKey(timeline) ? mine.get(timeline).version() + 1 : 1;
          Marker saved = new Marker(timeline, lastReadId, version, at);
          mine.put(timeline, saved);
          return saved;
        });
  }
}
