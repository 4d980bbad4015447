package org.microblog.application.port.in.export;

import org.microblog.domain.job.JobId;
import org.microblog.domain.user.UserId;

/** Queues an export of one's account; one at a time per account. */
public interface RequestExportUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException a conflict while one is queued or running
   */
  JobId request(UserId me);
}
