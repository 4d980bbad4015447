package org.microblog.boot.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.microblog.application.port.in.job.RunJobsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due jobs on one thread of its own, started once the server is up and stopped on a graceful
 * shutdown (a job cut off then, or by a crash, is taken up again by any instance once its lease
 * runs out). When it finds a job it looks again at once; when idle it waits the poll interval.
 */
@Singleton
@Requires(property = "microblog.jobs.enabled", notEquals = "false")
final class JobWorker implements ApplicationEventListener<ServerStartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

  private final RunJobsUseCase jobs;
  private final JobsConfiguration settings;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "microblog-jobs");
            thread.setDaemon(true);
            return thread;
          });

  JobWorker(RunJobsUseCase jobs, JobsConfiguration settings) {
    this.jobs = jobs;
    this.settings = settings;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    long interval = settings.pollIntervalOrDefault().toMillis();
    executor.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
  }

  /** Runs jobs while there are due ones. */
  void drain() {
    try {
      while (!executor.isShutdown() && jobs.runNext(settings.leaseOrDefault())) {
        // The next due job, if any, at once.
      }
    } catch (RuntimeException e) {
      // Logged, not thrown: a scheduled task that throws is never run again.
      LOG.error("The job worker failed; it tries again at its next interval", e);
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }
}
