package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.marker.MarkersQuery;
import org.microblog.application.port.in.marker.SaveMarkersUseCase;

/** The use cases of {@code port.in.marker} (the client API's reading positions) as beans. */
@Factory
final class MarkerUseCaseBeans {

  @Singleton
  MarkersQuery markers(Microblog microblog) {
    return microblog.markers();
  }

  @Singleton
  SaveMarkersUseCase saveMarkers(Microblog microblog) {
    return microblog.saveMarkers();
  }
}
