package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.live.LiveUpdatesQuery;

/** The use cases of {@code port.in.live} (what open pages hear) as Mockito mocks. */
@Factory
final class MockLiveUseCases {

  @Singleton
  LiveUpdatesQuery liveUpdates() {
    return mock(LiveUpdatesQuery.class);
  }
}
