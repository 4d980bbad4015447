package org.microblog.boot.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.microblog.application.port.in.export.ExpireExportsUseCase;
import org.microblog.application.port.in.job.RunJobsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due jobs on one thread of its own, started once the server is up and stopped on a graceful
 * shutdown (a job cut off then, or by a crash, is taken up again by any instance once its lease
 * runs out). When it finds a job it looks again at once; when idle it waits the poll interval. Once
 * an hour it also removes the export archives that are no longer offered.
 */
@Singleton
@Requires(property = "microblog.jobs.enabled", notEquals = "false")
final class JobWorker implements ApplicationEventListener<ServerStartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

  private static final Duration EXPIRY_SWEEP = Duration.ofHours(1);

  private final RunJobsUseCase jobs;
  private final ExpireExportsUseCase expireExports;
  private final JobsConfiguration settings;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "microblog-jobs");
            thread.setDaemon(true);
            return thread;
          });

  JobWorker(RunJobsUseCase jobs, ExpireExportsUseCase expireExports, JobsConfiguration settings) {
    this.jobs = jobs;
    this.expireExports = expireExports;
    this.settings = settings;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    long interval = settings.pollIntervalOrDefault().toMillis();
    executor.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(
        this::sweep, interval, EXPIRY_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Removes the export archives no longer offered. */
  void sweep() {
    try {
      expireExports.expire();
    } catch (RuntimeException e) {
      LOG.error("Removing expired exports failed; it is tried again in an hour", e);
    }
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
