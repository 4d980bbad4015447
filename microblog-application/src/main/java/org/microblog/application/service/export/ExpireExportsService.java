package org.microblog.application.service.export;

import java.time.Clock;
import org.microblog.application.port.in.export.ExpireExportsUseCase;
import org.microblog.application.port.out.job.ExportArchivePort;

/** Removes archives completed longer ago than exports are offered for. */
public final class ExpireExportsService implements ExpireExportsUseCase {
  private final ExportArchivePort archives;
  private final Clock clock;

  public ExpireExportsService(ExportArchivePort archives, Clock clock) {
    this.archives = archives;
    this.clock = clock;
  }

  @Override
  public void expire() {
    archives.deleteCompletedBefore(clock.instant().minus(ExportOffer.OFFERED_FOR));
  }
}
