package org.microblog.adapter.web.timeline;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.card.PostCards;
import org.microblog.adapter.web.form.RandomTokens;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.Pagination;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.in.timeline.TimelineQuery;

/** The home page: the post form and the viewer's timeline. Shown again when a post is refused. */
@Singleton
public final class HomePage {
  private static final String VIEW = "home/index";
  private final TimelineQuery timelines;
  private final PostCards cards;

  HomePage(TimelineQuery timelines, PostCards cards) {
    this.timelines = timelines;
    this.cards = cards;
  }

  public HttpResponse<?> show(Viewer viewer, PageRequest request) {
    return HttpResponse.ok(new ModelAndView<>(VIEW, model(viewer, request).asMap()));
  }

  /** The home page with the refused post kept in the form and the reasons beside it. */
  public HttpResponse<?> refused(
      Viewer viewer,
      String body,
      String spoiler,
      String language,
      HttpStatus status,
      Map<String, Phrase> errors) {
    PageModel model =
        model(viewer, PageRequest.first())
            .with("body", body)
            .with("spoiler", spoiler)
            .with("postLanguage", language)
            .with("errors", errors);
    return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model.asMap()));
  }

  /** A fresh token per rendered form: submitting this form twice publishes one post. */
  public static String newFormToken() {
    return RandomTokens.urlSafe(16);
  }

  private PageModel model(Viewer viewer, PageRequest request) {
    Page<TimelineEntry> page = timelines.homeTimeline(viewer.id(), request);
    return PageModel.of("posts", cards.ofEntries(page.items(), Optional.of(viewer)))
        .with("formToken", newFormToken())
        .with("pagination", Pagination.of("/", page))
        .with("firstPage", request.isFirst());
  }
}
