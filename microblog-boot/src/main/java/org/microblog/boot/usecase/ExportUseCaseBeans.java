package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.export.ExpireExportsUseCase;
import org.microblog.application.port.in.export.ExportDownloadQuery;
import org.microblog.application.port.in.export.ExportStatusQuery;
import org.microblog.application.port.in.export.RequestExportUseCase;
import org.microblog.application.port.in.job.RunJobsUseCase;

/** The use cases of {@code port.in.export} and {@code port.in.job} (long work as jobs) as beans. */
@Factory
final class ExportUseCaseBeans {

  @Singleton
  RequestExportUseCase requestExport(Microblog microblog) {
    return microblog.requestExport();
  }

  @Singleton
  ExportStatusQuery exportStatus(Microblog microblog) {
    return microblog.exportStatus();
  }

  @Singleton
  ExportDownloadQuery exportDownload(Microblog microblog) {
    return microblog.exportDownload();
  }

  @Singleton
  ExpireExportsUseCase expireExports(Microblog microblog) {
    return microblog.expireExports();
  }

  @Singleton
  RunJobsUseCase runJobs(Microblog microblog) {
    return microblog.runJobs();
  }
}
