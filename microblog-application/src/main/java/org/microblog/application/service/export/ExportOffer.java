package org.microblog.application.service.export;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobState;
import org.microblog.domain.user.UserId;

/** How long a finished export stays to be downloaded, and whether one still is. */
final class ExportOffer {
  static final Duration OFFERED_FOR = Duration.ofDays(7);

  private ExportOffer() {}

  /** Until when {@code job} can be downloaded by {@code me}, if it can at {@code now}. */
  static Optional<Instant> availableUntil(Job job, UserId me, Instant now) {
    if (job.kind() != JobKind.EXPORT || !job.owner().equals(me) || job.state() != JobState.DONE) {
      return Optional.empty();
    }
    Instant until = job.changedAt().plus(OFFERED_FOR);
    return now.isBefore(until) ? Optional.of(until) : Optional.empty();
  }
}
