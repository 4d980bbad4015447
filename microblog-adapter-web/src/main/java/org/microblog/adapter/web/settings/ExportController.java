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
import org.microblog.application.port.in.message.MessageExportQuery;
import org.microblog.application.port.in.post.PostExportQuery;
import org.microblog.domain.user.UserId;

/**
 * All of one's posts and private messages as a JSON file to download. A GET, because it changes
 * nothing; only the logged-in person's own, so no parameter can name anyone else.
 */
@Controller("/settings/export")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ExportController {
  static final String FILE_NAME = "microblog-posts.json";
  private final PostExportQuery export;
  private final MessageExportQuery messages;

  ExportController(PostExportQuery export, MessageExportQuery messages) {
    this.export = export;
    this.messages = messages;
  }

  @Get
  @Produces(MediaType.APPLICATION_JSON)
  HttpResponse<ExportFile> download(Authentication authentication) {
    UserId me = CurrentViewer.required(authentication).id();
    List<ExportedPost> posts = export.allPostsOf(me).stream().map(ExportedPost::of).toList();
    List<ExportedMessage> sent =
        messages.allMessagesOf(me).stream().map(ExportedMessage::of).toList();
    return HttpResponse.ok(new ExportFile(posts, sent))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + FILE_NAME)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
