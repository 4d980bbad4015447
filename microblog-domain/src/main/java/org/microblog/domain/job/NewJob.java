package org.microblog.domain.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.UserId;

/** A job to queue: what, for whom, with what, and not before when. */
public record NewJob(JobKind kind, UserId owner, JobPayload payload, Instant runAfter) {
  public NewJob {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(runAfter, "runAfter");
  }

  /**
   * The key that keeps a kind that allows one per account to one queued or running job: stores hold
   * it unique while the job is active and drop it when the job ends.
   */
  public Optional<String> exclusiveKey() {
    return kind.onePerAccount() ? Optional.of(kind.name() + ":" + owner.value()) : Optional.empty();
  }
}
