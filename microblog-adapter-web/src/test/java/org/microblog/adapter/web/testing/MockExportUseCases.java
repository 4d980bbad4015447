package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.export.ExportDownloadQuery;
import org.microblog.application.port.in.export.ExportStatusQuery;
import org.microblog.application.port.in.export.RequestExportUseCase;

/** The use cases of {@code port.in.export} (the account export as a job) as Mockito mocks. */
@Factory
final class MockExportUseCases {

  @Singleton
  RequestExportUseCase requestExport() {
    return mock(RequestExportUseCase.class);
  }

  @Singleton
  ExportStatusQuery exportStatus() {
    return mock(ExportStatusQuery.class);
  }

  @Singleton
  ExportDownloadQuery exportDownload() {
    return mock(ExportDownloadQuery.class);
  }
}
