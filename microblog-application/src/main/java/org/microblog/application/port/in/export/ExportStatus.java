package org.microblog.application.port.in.export;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.job.JobId;
import org.microblog.domain.job.JobState;

/**
 * How one's latest export stands.
 *
 * @param progress percent done
 * @param reason why it failed, for a failed one
 * @param availableUntil until when a done one can be downloaded; empty when it cannot (any more)
 */
public record ExportStatus(
    JobId id,
    JobState state,
    int progress,
    Optional<String> reason,
    Instant requestedOrChangedAt,
    Optional<Instant> availableUntil) {
  public ExportStatus {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(requestedOrChangedAt, "requestedOrChangedAt");
    Objects.requireNonNull(availableUntil, "availableUntil");
  }

  /** Done, and still to be had. */
  public boolean downloadable() {
    return availableUntil.isPresent();
  }
}
