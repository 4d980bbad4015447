package org.microblog.application.port.in.export;

import java.util.Optional;
import org.microblog.application.port.out.job.ExportArchivePort.StoredArchive;
import org.microblog.domain.job.JobId;
import org.microblog.domain.user.UserId;

/**
 * One's finished export archive while it is offered. Another person's export, an unknown, running,
 * failed or expired one are all simply absent, so nobody learns that someone else's exists.
 */
public interface ExportDownloadQuery {
  Optional<StoredArchive> download(UserId me, JobId export);
}
