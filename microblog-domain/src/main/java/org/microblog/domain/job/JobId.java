package org.microblog.domain.job;

import org.microblog.domain.shared.DomainException;

/** Names one job; positive, given by the store. */
public record JobId(long value) {
  public JobId {
    if (value <= 0) {
      throw unknown();
    }
  }

  /** The refusal for an id that names no job of the person asking. */
  public static DomainException unknown() {
    return DomainException.notFound("job.unknown", "There is no such export.");
  }
}
