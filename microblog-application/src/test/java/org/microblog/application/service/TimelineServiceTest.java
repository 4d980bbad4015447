package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class TimelineServiceTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");
  private final UserId carol = fx.register("carol");

  private static List<String> texts(Page<PostView> page) {
    return page.items().stream().map(p -> p.text().value()).toList();
  }

  @Test
  void homeShowsOwnAndFollowedPostsNewestFirst() {
    fx.blog.useCases().followUser().follow(new FollowCommand(alice, new Username("bob")));
    fx.post(alice, "a1");
    fx.post(bob, "b1");
    fx.post(carol, "c1");
    fx.post(bob, "b2");

    var page = fx.blog.useCases().timelines().homeTimeline(alice, PageRequest.first());

    assertThat(page.items())
        .extracting(e -> e.post().text().value())
        .containsExactly("b2", "b1", "a1");
    assertThat(page.items().get(0).post().author().value()).isEqualTo("bob");
    assertThat(page.newer()).isEmpty();
    assertThat(page.older()).isEmpty();
  }

  @Test
  void exploreAndProfileLists() {
    fx.post(alice, "a1");
    fx.post(bob, "b1");

    assertThat(texts(fx.blog.useCases().timelines().explore(PageRequest.first())))
        .containsExactly("b1", "a1");
    assertThat(texts(fx.blog.useCases().timelines().postsBy(bob, PageRequest.first())))
        .containsExactly("b1");
  }

  @Test
  void pagesOfTwentyWalkOlderAndBackNewer() {
    IntStream.rangeClosed(1, 45).forEach(i -> fx.post(alice, "post " + i));

    var first = fx.blog.useCases().timelines().explore(PageRequest.first());
    assertThat(first.items()).hasSize(20);
    assertThat(texts(first).get(0)).isEqualTo("post 45");
    assertThat(first.newer()).isEmpty();

    var second = fx.blog.useCases().timelines().explore(first.older().orElseThrow());
    assertThat(texts(second).get(0)).isEqualTo("post 25");
    assertThat(second.newer()).isPresent();

    var third = fx.blog.useCases().timelines().explore(second.older().orElseThrow());
    assertThat(texts(third)).containsExactly("post 5", "post 4", "post 3", "post 2", "post 1");
    assertThat(third.older()).isEmpty();

    var backToSecond = fx.blog.useCases().timelines().explore(third.newer().orElseThrow());
    assertThat(texts(backToSecond)).isEqualTo(texts(second));
    var backToFirst = fx.blog.useCases().timelines().explore(backToSecond.newer().orElseThrow());
    assertThat(texts(backToFirst)).isEqualTo(texts(first));
    assertThat(backToFirst.newer()).isEmpty();
  }

  @Test
  void aPagePastTheEndIsEmptyAndLeadsBackToTheStart() {
    fx.post(alice, "only");

    var past = fx.blog.useCases().timelines().explore(PageRequest.olderThan(1));

    assertThat(past.isEmpty()).isTrue();
    assertThat(past.older()).isEmpty();
    assertThat(past.newer()).isEqualTo(Optional.of(PageRequest.first()));
  }

  @Test
  void aTagPageListsTheTaggedPostsOfEveryoneIgnoringCase() {
    fx.post(alice, "#Coffee first");
    fx.post(bob, "tea, no tag");
    fx.post(carol, "more #COFFEE");
    IntStream.rangeClosed(1, 20).forEach(i -> fx.post(bob, "#coffee number " + i));

    var first = fx.blog.useCases().timelines().tagged(new Tag("coffee"), PageRequest.first());
    var second =
        fx.blog.useCases().timelines().tagged(new Tag("coffee"), first.older().orElseThrow());

    assertThat(texts(first).get(0)).isEqualTo("#coffee number 20");
    assertThat(first.items()).hasSize(20);
    assertThat(texts(second)).containsExactly("more #COFFEE", "#Coffee first");
    assertThat(second.older()).isEmpty();
  }
}
