package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobId;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobState;
import org.microblog.domain.job.NewJob;
import org.microblog.domain.user.UserId;

/**
 * Jobs in memory, for one process: claims are atomic under one lock, so two threads never claim the
 * same job, and the rules match the database adapter's (one active job per account for kinds that
 * say so, leases that run out, attempts counted per claim). Nothing survives the process.
 */
public final class InMemoryJobs implements JobQueue {
  private record Row(Job job, Instant leaseUntil) {}

  private final TreeMap<Long, Row> rows = new TreeMap<>();
  private long lastId;

  @Override
  public synchronized Optional<Job> enqueue(NewJob job, Instant now) {
    if (job.exclusiveKey().isPresent()
        && rows.values().stream()
            .map(Row::job)
            .anyMatch(
                j ->
                    j.kind() == job.kind()
                        && j.owner().equals(job.owner())
                        && j.state().active())) {
      return Optional.empty();
    }
    Job queued =
        new Job(
            new JobId(++lastId),
            job.kind(),
            job.owner(),
            job.payload(),
            JobState.QUEUED,
            0,
            0,
            Optional.empty(),
            job.runAfter(),
            now);
    rows.put(lastId, new Row(queued, now));
    return Optional.of(queued);
  }

  @Override
  public synchronized Optional<Job> claimNext(Instant now, Instant leaseUntil) {
    return rows.values().stream()
        .filter(row -> due(row, now))
        .min(Comparator.comparing((Row row) -> row.job().runAfter()).thenComparing(this::idOf))
        .map(
            row -> {
              Job j = row.job();
              Job claimed =
                  new Job(
                      j.id(),
                      j.kind(),
                      j.owner(),
                      j.payload(),
                      JobState.RUNNING,
                      j.attempts() + 1,
                      j.progress(),
                      j.reason(),
                      j.runAfter(),
                      now);
              rows.put(j.id().value(), new Row(claimed, leaseUntil));
              return claimed;
            });
  }

  private long idOf(Row row) {
    return row.job().id().value();
  }

  private static boolean due(Row row, Instant now) {
    Job job = row.job();
    return switch (job.state()) {
      case QUEUED -> !job.runAfter().isAfter(now);
      case RUNNING -> row.leaseUntil().isBefore(now);
      default -> false;
    };
  }

  @Override
  public synchronized boolean progress(Job claimed, int percent, Instant leaseUntil) {
    Row row = rows.get(claimed.id().value());
    if (!heldBy(row, claimed)) {
      return false;
    }
    Job j = row.job();
    rows.put(
        claimed.id().value(),
        new Row(
            new Job(
                j.id(),
                j.kind(),
                j.owner(),
                j.payload(),
                j.state(),
                j.attempts(),
                percent,
                j.reason(),
                j.runAfter(),
                j.changedAt()),
            leaseUntil));
    return true;
  }

  /** Whether the row is running under the claim that counted {@code claimed}'s attempt. */
  private static boolean heldBy(Row row, Job claimed) {
    return row != null
        && row.job().state() == JobState.RUNNING
        && row.job().attempts() == claimed.attempts();
  }

  @Override
  public void finish(Job job, Instant now) {
    end(job, j -> with(j, JobState.DONE, 100, j.reason(), j.runAfter(), now));
  }

  @Override
  public void retry(Job job, String reason, Instant runAfter, Instant now) {
    end(job, j -> with(j, JobState.QUEUED, j.progress(), Optional.of(reason), runAfter, now));
  }

  @Override
  public void fail(Job job, String reason, Instant now) {
    end(job, j -> with(j, JobState.FAILED, j.progress(), Optional.of(reason), j.runAfter(), now));
  }

  private synchronized void end(Job claimed, UnaryOperator<Job> change) {
    Row row = rows.get(claimed.id().value());
    if (heldBy(row, claimed)) {
      rows.put(claimed.id().value(), new Row(change.apply(row.job()), row.leaseUntil()));
    }
  }

  private static Job with(
      Job j, JobState state, int progress, Optional<String> reason, Instant runAfter, Instant at) {
    return new Job(
        j.id(),
        j.kind(),
        j.owner(),
        j.payload(),
        state,
        j.attempts(),
        progress,
        reason,
        runAfter,
        at);
  }

  @Override
  public synchronized Optional<Job> find(JobId job) {
    return Optional.ofNullable(rows.get(job.value())).map(Row::job);
  }

  @Override
  public synchronized Optional<Job> latest(UserId owner, JobKind kind) {
    return rows.descendingMap().values().stream()
        .map(Row::job)
        .filter(j -> j.owner().equals(owner) && j.kind() == kind)
        .findFirst();
  }
}
