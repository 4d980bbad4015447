package org.microblog.adapter.web.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Optional;
import org.microblog.adapter.web.card.PostCards;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.PageParameters;
import org.microblog.adapter.web.view.Pagination;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.TimelineQuery;

/** Everyone's posts, newest first; public. */
@Produces(MediaType.TEXT_HTML)
@Controller("/explore")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ExploreController {
  private final TimelineQuery timelines;
  private final PostCards cards;

  ExploreController(TimelineQuery timelines, PostCards cards) {
    this.timelines = timelines;
    this.cards = cards;
  }

  @Get
  HttpResponse<?> explore(
      HttpRequest<?> request,
      @QueryValue @Nullable String before,
      @QueryValue @Nullable String after) {
    Optional<Viewer> viewer = CurrentViewer.of(request);
    Page<PostView> page =
        timelines.explore(viewer.map(Viewer::id), PageParameters.parse(before, after));
    PageModel model =
        PageModel.of("posts", cards.of(page.items(), viewer))
            .with("pagination", Pagination.of("/explore", page));
    return HttpResponse.ok(new ModelAndView<>("explore/index", model.asMap()));
  }
}
