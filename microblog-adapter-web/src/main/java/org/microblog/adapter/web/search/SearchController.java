package org.microblog.adapter.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import org.microblog.adapter.web.error.ErrorPages;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.PageParameters;
import org.microblog.adapter.web.view.Pagination;
import org.microblog.application.port.in.search.SearchResults;
import org.microblog.application.port.in.search.SearchResultsQuery;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.shared.DomainException;

/**
 * The search page: people and posts that match {@code q}, posts newest first by keyset, the words
 * looked for marked; public, as explore is. Without a query it shows only the form; a query the
 * domain refuses (over 200 characters, no word to look for) is a bad request (400) with its reason,
 * as a malformed page cursor is.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/search")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SearchController {
  private static final String VIEW = "search/index";
  private final SearchResultsQuery search;
  private final PostCards cards;
  private final ErrorPages errors;

  SearchController(SearchResultsQuery search, PostCards cards, ErrorPages errors) {
    this.search = search;
    this.cards = cards;
    this.errors = errors;
  }

  @Get
  HttpResponse<?> search(
      HttpRequest<?> request,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String before,
      @QueryValue @Nullable String after) {
    if (q == null || q.isBlank()) {
      return HttpResponse.ok(new ModelAndView<>(VIEW, PageModel.of("searched", false).asMap()));
    }
    SearchQuery query;
    try {
      query = new SearchQuery(q);
    } catch (DomainException refused) {
      return errors.page(
          request, HttpStatus.BAD_REQUEST, Phrase.rule(refused.key(), refused.getMessage()));
    }
    PageRequest wanted = PageParameters.parse(before, after);
    Optional<Viewer> viewer = CurrentViewer.of(request);
    SearchResults results = search.search(query, viewer.map(Viewer::id), wanted);
    PageModel model =
        PageModel.of("searched", true)
            .with("searchText", query.text())
            .with("people", SearchPage.people(results.people()))
            .with("count", SearchPage.count(results.count()))
            .with("posts", cards.of(results.posts().items(), viewer, query.wantedWords()))
            .with("pagination", Pagination.of(SearchPage.path(query), results.posts()));
    return HttpResponse.ok(new ModelAndView<>(VIEW, model.asMap()));
  }
}
