package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.marker.MarkersQuery;
import org.microblog.application.port.in.marker.SaveMarkersUseCase;

/**
 * The use cases of {@code port.in.marker} (the client API's reading positions) as Mockito mocks.
 */
@Factory
final class MockMarkerUseCases {

  @Singleton
  MarkersQuery markers() {
    return mock(MarkersQuery.class);
  }

  @Singleton
  SaveMarkersUseCase saveMarkers() {
    return mock(SaveMarkersUseCase.class);
  }
}
