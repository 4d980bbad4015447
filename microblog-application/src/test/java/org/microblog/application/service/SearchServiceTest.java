package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.search.MatchCount;
import org.microblog.application.port.in.search.SearchResults;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.UpdateProfileCommand;
import org.microblog.application.port.out.search.SearchPort;
import org.microblog.application.service.search.SearchService;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class SearchServiceTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");

  private SearchResults search(String query, PageRequest page) {
    return fx.blog.useCases().search().search(new SearchQuery(query), Optional.of(alice), page);
  }

  @Test
  void findsPeopleAndPostsNewestFirstAndCountsThem() {
    fx.post(alice, "Ein Kaffee, bitte");
    fx.post(bob, "KAFFEE und Kuchen");
    fx.post(bob, "nur Tee");

    SearchResults results = search("kaffee", PageRequest.first());

    assertThat(results.posts().items())
        .extracting(p -> p.text().value())
        .containsExactly("KAFFEE und Kuchen", "Ein Kaffee, bitte");
    assertThat(results.count()).isEqualTo(new MatchCount(2, false));
    assertThat(search("bob", PageRequest.first()).people())
        .extracting(p -> p.username().value())
        .containsExactly("bob");
  }

  @Test
  void pagesByTwentyWithALinkToOlderResults() {
    IntStream.rangeClosed(1, 25).forEach(i -> fx.post(bob, "needle " + i));

    SearchResults first = search("needle", PageRequest.first());
    SearchResults second = search("needle", first.posts().older().orElseThrow());

    assertThat(first.posts().items()).hasSize(20);
    assertThat(second.posts().items()).hasSize(5);
    assertThat(second.posts().older()).isEmpty();
    assertThat(second.count().counted()).isEqualTo(25);
  }

  @Test
  void anOffsetSkipsThatManyPeopleAndPostsBeyondTheCursor() {
    IntStream.rangeClosed(1, 130).forEach(i -> fx.post(bob, "needle " + i));
    var page = new PageRequest(PageRequest.Direction.OLDER, Long.MAX_VALUE, 3);
    var needle = new SearchQuery("needle");

    SearchResults skipped = fx.blog.useCases().search().search(needle, Optional.empty(), page, 2);
    SearchResults deep = fx.blog.useCases().search().search(needle, Optional.empty(), page, 125);
    SearchResults past = fx.blog.useCases().search().search(needle, Optional.empty(), page, 130);
    SearchResults bobSkipped =
        fx.blog
            .useCases()
            .search()
            .search(new SearchQuery("bob"), Optional.empty(), PageRequest.first(), 1);

    assertThat(skipped.posts().items())
        .extracting(p -> p.text().value())
        .containsExactly("needle 128", "needle 127", "needle 126");
    assertThat(deep.posts().items())
        .extracting(p -> p.text().value())
        .containsExactly("needle 5", "needle 4", "needle 3");
    assertThat(past.posts().items()).isEmpty();
    assertThat(bobSkipped.people()).isEmpty();
    assertThat(search("bob", PageRequest.first()).people()).hasSize(1);
  }

  @Test
  void anAccountThatOptsOutKeepsItsChoiceAndItsPostsOutOfSearch() {
    fx.post(bob, "findable words");
    fx.blog
        .useCases()
        .updateProfile()
        .update(new UpdateProfileCommand(bob, new Username("bob"), AboutMe.empty(), false));

    assertThat(search("findable", PageRequest.first()).posts().items()).isEmpty();
    assertThat(fx.blog.useCases().accounts().account(bob).orElseThrow().postsFindable()).isFalse();
  }

  @Test
  void countsNoFurtherThanTheCapAndSaysThereAreMore() {
    SearchPort port = mock(SearchPort.class);
    when(port.countPosts(any(), any(), anyLong())).thenReturn(SearchService.COUNT_CAP + 1);

    SearchResults results =
        new SearchService(port)
            .search(new SearchQuery("common"), Optional.empty(), PageRequest.first());

    assertThat(results.count()).isEqualTo(new MatchCount(1_000, true));
    verify(port).countPosts(new SearchQuery("common"), Optional.empty(), 1_001);
    verify(port).people(new SearchQuery("common"), SearchService.PEOPLE_SHOWN);
  }
}
