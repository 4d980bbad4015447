package org.microblog.adapter.web.activity;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.microblog.adapter.web.filter.FilterOrder;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.application.port.in.user.RecordActivityUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notes the activity of logged-in visitors for "last seen". The use case writes at most once a
 * minute per user; only a call that will write is handed to the blocking pool, so no page waits for
 * it and the others cost no thread hand-off.
 */
@ServerFilter("/**")
final class LastSeenFilter implements Ordered {
  private static final Logger LOG = LoggerFactory.getLogger(LastSeenFilter.class);
  private final RecordActivityUseCase recordActivity;
  private final ExecutorService blocking;

  LastSeenFilter(
      RecordActivityUseCase recordActivity,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.recordActivity = recordActivity;
    this.blocking = blocking;
  }

  @RequestFilter
  void recordSeen(HttpRequest<?> request) {
    CurrentViewer.of(request)
        .filter(viewer -> recordActivity.isDue(viewer.id()))
        .ifPresent(viewer -> submit(() -> recordActivity.recordSeen(viewer.id())));
  }

  /** After the security filter, which is what finds the viewer. */
  @Override
  public int getOrder() {
    return FilterOrder.LAST_SEEN;
  }

  private void submit(Runnable task) {
    try {
      blocking.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.warn("Could not record last seen: {}", e.toString());
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("Skipped recording last seen: executor busy");
    }
  }
}
