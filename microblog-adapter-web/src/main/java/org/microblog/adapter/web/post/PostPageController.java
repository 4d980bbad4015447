package org.microblog.adapter.web.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.view.PageParameters;
import org.microblog.application.port.in.timeline.PageRequest;

/** A post with its thread; public. */
@Produces(MediaType.TEXT_HTML)
@Controller("/posts")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PostPageController {
  private final PostPage postPage;

  PostPageController(PostPage postPage) {
    this.postPage = postPage;
  }

  /**
   * @param after show the replies after this one (the "more replies" link's keyset cursor)
   */
  @Get("/{id}")
  HttpResponse<?> show(
      HttpRequest<?> request, @PathVariable long id, @QueryValue @Nullable String after) {
    PageRequest replies = PageParameters.parse(null, after);
    long cursor = replies.isFirst() ? 0 : replies.cursor();
    return postPage.show(PostIds.path(id), cursor, CurrentViewer.of(request));
  }
}
