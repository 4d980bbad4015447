package org.microblog.adapter.web.post;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import org.microblog.adapter.web.card.VersionCard;
import org.microblog.adapter.web.card.VersionCards;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PostHistoryView;
import org.microblog.domain.post.PostId;

/** A post's edit history: its words now, then every earlier version, newest first; public. */
@Produces(MediaType.TEXT_HTML)
@Controller("/posts/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PostHistoryController {
  private final PostHistoryQuery histories;
  private final VersionCards cards;

  PostHistoryController(PostHistoryQuery histories, VersionCards cards) {
    this.histories = histories;
    this.cards = cards;
  }

  @Get("/history")
  HttpResponse<?> history(HttpRequest<?> request, @PathVariable long id) {
    PostHistoryView history = histories.history(PostIds.path(id)).orElseThrow(PostId::unknown);
    List<VersionCard> versions = cards.of(history.post(), history.earlier().versions());
    String author = history.post().author().value();
    PageModel model =
        PageModel.of("title", Phrase.of("history.title", author))
            .with("postUrl", "/posts/" + id)
            .with("author", author)
            .with("authorUrl", Links.profile(author))
            .with("current", versions.get(0))
            .with("earlier", versions.subList(1, versions.size()))
            .with("olderNotShown", history.olderNotShown());
    return HttpResponse.ok(new ModelAndView<>("post/history", model.asMap()));
  }
}
