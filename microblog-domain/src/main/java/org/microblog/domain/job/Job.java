package org.microblog.domain.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.UserId;

/**
 * A piece of long work that outlives the request that asked for it and the instance that started
 * it: queued, claimed by one worker (running, {@code attempts} counting the claims), and ended as
 * done or failed with a reason the person reads. Between failed attempts it waits a backoff that
 * doubles up to a bound; after {@link JobKind#maxAttempts()} it fails for good.
 *
 * @param progress percent done, 0 to 100, as the worker last reported it
 * @param reason why it failed (or why the last attempt did), in words for the person
 * @param runAfter not to be claimed before this instant
 * @param changedAt when it last changed state; for a done job, when it finished
 */
public record Job(
    JobId id,
    JobKind kind,
    UserId owner,
    JobPayload payload,
    JobState state,
    int attempts,
    int progress,
    Optional<String> reason,
    Instant runAfter,
    Instant changedAt) {

  /** The wait after the first failed attempt; each later one waits twice the one before. */
  public static final Duration FIRST_RETRY = Duration.ofSeconds(10);

  /** The longest wait between two attempts. */
  public static final Duration LONGEST_RETRY = Duration.ofMinutes(10);

  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(runAfter, "runAfter");
    Objects.requireNonNull(changedAt, "changedAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    if (progress < 0 || progress > 100) {
      throw new IllegalArgumentException("progress is a percentage");
    }
  }

  /** Whether a failed attempt leaves another one: the kind's bound is not yet reached. */
  public boolean mayRetry() {
    return attempts < kind.maxAttempts();
  }

  /** When to try again after the attempt that just failed at {@code now}. */
  public Instant retryAt(Instant now) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 20);
    Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
    return now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
  }

  /** Percent done from {@code done} of {@code total} items, 100 when there is nothing to do. */
  public static int percent(long done, long total) {
    if (total <= 0) {
      return 100;
    }
    return (int) Math.min(100, Math.max(0, done * 100 / total));
  }
}
