package org.microblog.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.export.ExportDownloadQuery;
import org.microblog.application.port.in.export.ExportStatus;
import org.microblog.application.port.in.export.ExportStatusQuery;
import org.microblog.application.port.in.export.RequestExportUseCase;
import org.microblog.application.port.out.job.ExportArchivePort.StoredArchive;
import org.microblog.domain.job.JobId;
import org.microblog.domain.job.JobState;
import org.microblog.domain.shared.DomainException;

@MicronautTest
class ExportPageTest extends WebTestSupport {
  private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");
  private static final JobId EXPORT = new JobId(42);

  @Inject RequestExportUseCase requestExport;
  @Inject ExportStatusQuery status;
  @Inject ExportDownloadQuery downloads;

  @BeforeEach
  void noExportYet() {
    reset(requestExport, status, downloads);
    when(status.latestExport(any())).thenReturn(Optional.empty());
    when(downloads.download(any(), any())).thenReturn(Optional.empty());
  }

  private void latest(JobState state, int progress, String reason, boolean downloadable) {
    when(status.latestExport(ALICE))
        .thenReturn(
            Optional.of(
                new ExportStatus(
                    EXPORT,
                    state,
                    progress,
                    Optional.ofNullable(reason),
                    T,
                    downloadable ? Optional.of(T.plusSeconds(7 * 86_400)) : Optional.empty())));
  }

  @Test
  void anonymousVisitorsAreSentToLogInAndCannotStartOrDownload() {
    for (String path : List.of("/settings/export", "/settings/export/42/download")) {
      HttpResponse<String> response = anonymous().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(303);
      assertThat(Browser.location(response)).as(path).startsWith("/login");
    }
    HttpResponse<String> post = anonymous().post("/settings/export", Map.of());
    assertThat(post.statusCode()).isIn(303, 401, 403);
    verify(requestExport, never()).request(any());
  }

  @Test
  void withoutAnExportThePageOffersOneBehindACsrfProtectedForm() {
    Document page = Browser.html(alice().get("/settings/export"));

    assertThat(page.select("#export-status").text()).contains("not asked for an export yet");
    assertThat(page.select("form[action=/settings/export] input[name=csrfToken]")).hasSize(1);
    assertThat(page.select("nav.settings-nav a[aria-current=page]").text()).isEqualTo("Export");
  }

  @Test
  void askingQueuesAnExportAndRedirectsToThePage() {
    when(requestExport.request(ALICE)).thenReturn(EXPORT);

    HttpResponse<String> response = alice().post("/settings/export", Map.of());

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/settings/export?requested");
    verify(requestExport).request(ALICE);
  }

  @Test
  void askingWithoutTheCsrfTokenIsRefused() {
    HttpResponse<String> response = alice().postRaw("/settings/export", Map.of());

    assertThat(response.statusCode()).isEqualTo(403);
    verify(requestExport, never()).request(any());
  }

  @Test
  void askingWhileOneIsUnderWayIsAConflictShownOnThePage() {
    latest(JobState.RUNNING, 37, null, false);
    when(requestExport.request(ALICE))
        .thenThrow(
            DomainException.conflict("export.under-way", "Your export is already under way."));

    HttpResponse<String> response = alice().post("/settings/export", Map.of());

    assertThat(response.statusCode()).isEqualTo(409);
    Document page = Browser.html(response);
    assertThat(page.select("#export-error").text()).isEqualTo("Your export is already under way.");
    assertThat(page.select("progress#export-progress").attr("value")).isEqualTo("37");
  }

  @Test
  void showsEachStateOfTheLatestExport() {
    latest(JobState.QUEUED, 0, null, false);
    assertThat(Browser.html(alice().get("/settings/export")).select("#export-status").text())
        .contains("Queued");

    latest(JobState.RUNNING, 37, null, false);
    Document running = Browser.html(alice().get("/settings/export"));
    assertThat(running.select("progress#export-progress").attr("max")).isEqualTo("100");
    assertThat(running.select("#export-status").text()).contains("37% done");

    latest(JobState.DONE, 100, null, true);
    Document done = Browser.html(alice().get("/settings/export"));
    assertThat(done.select("#export-download").attr("href"))
        .isEqualTo("/settings/export/42/download");
    assertThat(done.select("#export-status time").attr("datetime")).startsWith("2026-12-07");

    latest(JobState.DONE, 100, null, false);
    assertThat(Browser.html(alice().get("/settings/export")).select("#export-status").text())
        .contains("has been deleted");

    latest(JobState.FAILED, 12, "The <b>mail</b> server could not be reached.", false);
    Document failed = Browser.html(alice().get("/settings/export"));
    assertThat(failed.select("#export-status").text())
        .contains("It failed: The <b>mail</b> server could not be reached.");
    assertThat(failed.select("#export-status b")).isEmpty();
  }

  @Test
  void theOwnerDownloadsTheZipAndEveryoneElseGets404() {
    byte[] zip = "PK\u0003\u0004 zip bytes".getBytes(StandardCharsets.ISO_8859_1);
    when(downloads.download(ALICE, EXPORT))
        .thenReturn(
            Optional.of(
                new StoredArchive() {
                  @Override
                  public long size() {
                    return zip.length;
                  }

                  @Override
                  public InputStream open() {
                    return new ByteArrayInputStream(zip);
                  }
                }));
    Browser alice = alice();

    HttpResponse<String> download = alice.get("/settings/export/42/download");

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).contains("application/zip");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=microblog-export.zip");
    assertThat(download.body()).startsWith("PK");
    assertThat(alice.get("/settings/export/43/download").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileIdsInTheDownloadPathAre404NeverAnError() {
    Browser alice = alice();
    for (String id :
        List.of(
            "0",
            "-1",
            "abc",
            "%3Cscript%3E",
            "99999999999999999999999",
            "1e3",
            "%20",
            "..%2F..%2Fetc%2Fpasswd")) {
      HttpResponse<String> response = alice.get("/settings/export/" + id + "/download");
      assertThat(response.statusCode()).as(id).isEqualTo(404);
    }
  }
}
