package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.domain.post.PostId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Boosts on the in-memory kit: what followers see, counts, refusals and paging with boosts. */
class BoostServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");
  private final UserId carol = fx.register("carol");

  @Test
  void aBoostSharesThePostWithTheBoostersFollowersOnce() {
    follow(alice, "bob");
    follow(alice, "carol");
    PostId carols = new PostId(fx.post(carol, "carol's"));
    fx.post(alice, "alice's, later");

    boost(bob, carols);
    boost(bob, carols);

    Page<TimelineEntry> home = home(alice, PageRequest.first());
    assertThat(home.items())
        .extracting(e -> e.post().text().value(), TimelineEntry::boostedBy)
        .containsExactly(
            tuple("carol's", Optional.of(new Username("bob"))),
            tuple("alice's, later", Optional.empty()));
    assertThat(home.items().get(0).post().boostCount()).isEqualTo(1);
    assertThat(fx.blog.useCases().postCards().interactions(bob, List.of(carols)).boosted())
        .containsExactly(carols);
  }

  @Test
  void unboostingTakesTheBoostBackAndTwiceChangesNothing() {
    follow(alice, "bob");
    PostId carols = new PostId(fx.post(carol, "carol's"));
    boost(bob, carols);

    unboost(bob, carols);
    unboost(bob, carols);

    assertThat(home(alice, PageRequest.first()).items()).isEmpty();
    assertThat(explore().get(0).boostCount()).isZero();
  }

  @Test
  void aDeletedOrUnknownPostCannotBeBoostedAndDeletingRemovesBoosts() {
    follow(alice, "bob");
    PostId post = new PostId(fx.post(carol, "soon gone"));
    boost(bob, post);
    fx.blog.useCases().deletePost().delete(new DeletePostCommand(carol, post));

    assertThat(home(alice, PageRequest.first()).items()).isEmpty();
    for (PostId target : List.of(post, new PostId(999))) {
      assertThatThrownBy(() -> boost(bob, target))
          .isInstanceOfSatisfying(
              DomainException.class,
              refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
  }

  @Test
  void aBoostOfABoostIsNoPost() {
    PostId post = new PostId(fx.post(carol, "boosted"));
    boost(bob, post);
    PostId boostPosition = new PostId(home(bob, PageRequest.first()).items().get(0).position());

    assertThatThrownBy(() -> boost(alice, boostPosition)).isInstanceOf(DomainException.class);
  }

  @Test
  void pagesOfTwentyWithBoostsMixedInShowEveryPostOnceBothWays() {
    follow(alice, "bob");
    List<PostId> posts =
        IntStream.rangeClosed(1, 30)
            .mapToObj(i -> new PostId(fx.post(i % 2 == 0 ? bob : carol, "post " + i)))
            .toList();
    // bob boosts ten of carol's posts (odd numbers), the oldest last
    for (int i = 18; i >= 0; i -= 2) {
      fx.clock.advance(Duration.ofSeconds(1));
      boost(bob, posts.get(i));
    }

    Page<TimelineEntry> first = home(alice, PageRequest.first());
    Page<TimelineEntry> second = home(alice, first.older().orElseThrow());
    Page<TimelineEntry> back = home(alice, second.newer().orElseThrow());

    assertThat(texts(first).subList(0, 3)).containsExactly("post 1", "post 3", "post 5");
    assertThat(first.items()).hasSize(20);
    assertThat(second.items()).hasSize(5);
    assertThat(second.older()).isEmpty();
    List<String> all = new ArrayList<>(texts(first));
    all.addAll(texts(second));
    assertThat(all).doesNotHaveDuplicates().hasSize(25);
    assertThat(texts(back)).isEqualTo(texts(first));
  }

  private List<String> texts(Page<TimelineEntry> page) {
    return page.items().stream().map(e -> e.post().text().value()).toList();
  }

  private List<PostView> explore() {
    return fx.blog.useCases().timelines().explore(PageRequest.first()).items();
  }

  private Page<TimelineEntry> home(UserId reader, PageRequest page) {
    return fx.blog.useCases().timelines().homeTimeline(reader, page);
  }

  private void follow(UserId follower, String followed) {
    fx.blog.useCases().followUser().follow(new FollowCommand(follower, new Username(followed)));
  }

  private void boost(UserId booster, PostId post) {
    fx.blog.useCases().boostPost().boost(new BoostPostCommand(booster, post));
  }

  private void unboost(UserId booster, PostId post) {
    fx.blog.useCases().unboostPost().unboost(new BoostPostCommand(booster, post));
  }
}
