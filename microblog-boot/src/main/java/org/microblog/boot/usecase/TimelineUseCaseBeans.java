package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.timeline.TimelineQuery;

/** The use cases of {@code port.in.timeline} (timelines) as beans. */
@Factory
final class TimelineUseCaseBeans {

  @Singleton
  TimelineQuery timelines(Microblog microblog) {
    return microblog.timelines();
  }
}
