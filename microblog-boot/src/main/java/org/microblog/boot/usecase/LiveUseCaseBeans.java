package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.live.LiveUpdatesQuery;

/** The use cases of {@code port.in.live} (what open pages hear as it happens) as beans. */
@Factory
final class LiveUseCaseBeans {

  @Singleton
  LiveUpdatesQuery liveUpdates(Microblog microblog) {
    return microblog.liveUpdates();
  }
}
