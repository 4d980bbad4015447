package org.microblog.application.port.in.export;

import java.util.Optional;
import org.microblog.domain.user.UserId;

/** One's latest export, if one was ever asked for. */
public interface ExportStatusQuery {
  Optional<ExportStatus> latestExport(UserId me);
}
