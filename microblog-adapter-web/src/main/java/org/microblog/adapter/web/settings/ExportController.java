package org.microblog.adapter.web.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import org.microblog.adapter.web.form.PathValues;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.export.ExportDownloadQuery;
import org.microblog.application.port.in.export.ExportStatusQuery;
import org.microblog.application.port.in.export.RequestExportUseCase;
import org.microblog.application.port.out.job.ExportArchivePort.StoredArchive;
import org.microblog.domain.job.JobId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * The account export: asking for one (a POST that queues a job, one at a time), its state (queued,
 * running with its progress, done with a download link for 7 days, failed with the reason), and the
 * download, for its owner only (anyone else's id is 404 like an unknown one).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/export")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ExportController {
  static final String FILE_NAME = "microblog-export.zip";
  private static final String VIEW = "settings/export";
  private static final MediaType ZIP = MediaType.of("application/zip");

  private final RequestExportUseCase requestExport;
  private final ExportStatusQuery status;
  private final ExportDownloadQuery downloads;

  ExportController(
      RequestExportUseCase requestExport, ExportStatusQuery status, ExportDownloadQuery downloads) {
    this.requestExport = requestExport;
    this.status = status;
    this.downloads = downloads;
  }

  @Get
  HttpResponse<?> page(Authentication authentication, @QueryValue @Nullable String requested) {
    PageModel model = model(CurrentViewer.required(authentication).id());
    if (requested != null) {
      model.with("notice", Phrase.of("settings.export.queued"));
    }
    return HttpResponse.ok(new ModelAndView<>(VIEW, model.asMap()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> request(Authentication authentication) {
    UserId me = CurrentViewer.required(authentication).id();
    try {
      requestExport.request(me);
      return HttpResponse.seeOther(URI.create("/settings/export?requested"));
    } catch (DomainException refused) {
      if (refused.kind() != DomainException.Kind.CONFLICT) {
        throw refused;
      }
      return HttpResponse.status(HttpStatus.CONFLICT)
          .body(
              new ModelAndView<>(
                  VIEW,
                  model(me)
                      .with("error", Phrase.rule(refused.key(), refused.getMessage()))
                      .asMap()));
    }
  }

  @Get("/{id}/download")
  @Produces("application/zip")
  HttpResponse<StreamedFile> download(Authentication authentication, @PathVariable String id) {
    UserId me = CurrentViewer.required(authentication).id();
    JobId export = PathValues.parse(id, ExportController::jobId, JobId::unknown);
    StoredArchive archive = downloads.download(me, export).orElseThrow(JobId::unknown);
    return HttpResponse.ok(new StreamedFile(archive.open(), ZIP, 0, archive.size()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + FILE_NAME)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private PageModel model(UserId me) {
    return PageModel.of("export", status.latestExport(me).map(ExportItem::of).orElse(null));
  }

  private static JobId jobId(String segment) {
    if (!segment.matches("[1-9][0-9]{0,17}")) {
      throw JobId.unknown();
    }
    return new JobId(Long.parseLong(segment));
  }
}
