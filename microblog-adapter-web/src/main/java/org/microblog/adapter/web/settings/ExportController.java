package org.microblog.adapter.web.settings;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.application.port.in.post.PostExportQuery;

/**
 * All of one's posts as a JSON file to download. A GET, because it changes nothing; only the
 * logged-in author's own posts, so no parameter can name anyone else.
 */
@Controller("/settings/export")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ExportController {
  static final String FILE_NAME = "microblog-posts.json";
  private final PostExportQuery export;

  ExportController(PostExportQuery export) {
    this.export = export;
  }

  @Get
  @Produces(MediaType.APPLICATION_JSON)
  HttpResponse<List<ExportedPost>> download(Authentication authentication) {
    List<ExportedPost> posts =
        export.allPostsOf(CurrentViewer.required(authentication).id()).stream()
            .map(ExportedPost::of)
            .toList();
    return HttpResponse.ok(posts)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + FILE_NAME)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
