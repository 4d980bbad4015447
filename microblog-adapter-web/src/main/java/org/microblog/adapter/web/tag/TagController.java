package org.microblog.adapter.web.tag;

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
import io.micronaut.views.ModelAndView;
import java.util.Optional;
import org.microblog.adapter.web.card.PostCards;
import org.microblog.adapter.web.form.PathValues;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.PageParameters;
import org.microblog.adapter.web.view.Pagination;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.domain.post.Tag;

/**
 * A tag's page: the posts filed under it (any case), newest first, by keyset; public, as explore
 * is. A tag no post carries is unknown (404), and so is a name that can be no tag ({@link
 * PathValues}); a malformed page cursor is a bad request (400).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/tags")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TagController {
  private final TimelineQuery timelines;
  private final PostCards cards;

  TagController(TimelineQuery timelines, PostCards cards) {
    this.timelines = timelines;
    this.cards = cards;
  }

  @Get("/{tag}")
  HttpResponse<?> show(
      HttpRequest<?> request,
      @PathVariable("tag") String name,
      @QueryValue @Nullable String before,
      @QueryValue @Nullable String after) {
    Tag tag = PathValues.parse(name, Tag::new, Tag::unknown);
    PageRequest wanted = PageParameters.parse(before, after);
    Optional<Viewer> viewer = CurrentViewer.of(request);
    Page<PostView> page = timelines.tagged(tag, viewer.map(Viewer::id), wanted);
    if (page.isEmpty() && wanted.isFirst()) {
      throw Tag.unknown();
    }
    PageModel model =
        PageModel.of("tag", tag.name())
            .with("posts", cards.of(page.items(), viewer))
            .with("pagination", Pagination.of(Links.tag(tag.name()), page));
    return HttpResponse.ok(new ModelAndView<>("tag/show", model.asMap()));
  }
}
