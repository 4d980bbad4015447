package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.timeline.TimelineQuery;

/** The use cases of {@code port.in.timeline} (timelines) as Mockito mocks. */
@Factory
final class MockTimelineUseCases {

  @Singleton
  TimelineQuery timelines() {
    return mock(TimelineQuery.class);
  }
}
