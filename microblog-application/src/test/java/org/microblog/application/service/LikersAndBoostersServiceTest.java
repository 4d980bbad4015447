package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.LikersAndBoostersQuery;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** A post's likers and boosters on the in-memory kit: paging, and only where the post is seen. */
class LikersAndBoostersServiceTest {
  private final Fixtures fx = new Fixtures();
  private final LikersAndBoostersQuery people = fx.blog.useCases().likersAndBoosters();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");

  @Test
  void likersPageByTwentyAndBoostersComeNewestFirst() {
    PostId post = new PostId(fx.post(alice, "popular"));
    IntStream.rangeClosed(1, 25).forEach(i -> like(fx.register("fan" + i), post));
    boost(bob, post);
    boost(alice, post);

    Page<FollowListEntry> first =
        people.likers(post, Optional.empty(), PageRequest.first()).orElseThrow();
    assertThat(names(first)).hasSize(20).startsWith("fan25");
    Page<FollowListEntry> second =
        people.likers(post, Optional.empty(), first.older().orElseThrow()).orElseThrow();
    assertThat(names(second)).containsExactly("fan5", "fan4", "fan3", "fan2", "fan1");
    assertThat(second.older()).isEmpty();
    assertThat(names(people.boosters(post, Optional.of(bob), PageRequest.first()).orElseThrow()))
        .containsExactly("alice", "bob");
  }

  @Test
  void aPostTheViewerCannotSeeHasNoListsAtAll() {
    PostId post = new PostId(fx.post(alice, "soon hidden"));
    UserId carol = fx.register("carol");
    UserId dave = fx.register("dave");
    like(bob, post);
    fx.blog.useCases().blockUser().block(new BlockCommand(carol, new Username("alice")));
    fx.blog.useCases().muteUser().mute(new BlockCommand(dave, new Username("alice")));

    assertThat(people.likers(post, Optional.of(carol), PageRequest.first())).isEmpty();
    assertThat(people.boosters(post, Optional.of(dave), PageRequest.first())).isEmpty();
    assertThat(people.likers(post, Optional.of(bob), PageRequest.first())).isPresent();
    assertThat(people.likers(post, Optional.empty(), PageRequest.first())).isPresent();
    assertThat(people.likers(new PostId(999), Optional.empty(), PageRequest.first())).isEmpty();
  }

  @Test
  void aDeletedPostKeptForItsRepliesHasNoLists() {
    PostId post = new PostId(fx.post(alice, "answered"));
    fx.blog
        .useCases()
        .publishPost()
        .publish(
            new PublishPostCommand(
                bob,
                new PostText("reply"),
                Optional.empty(),
                ContentWarning.none(),
                Optional.of(post)));
    fx.blog.useCases().deletePost().delete(new DeletePostCommand(alice, post));

    assertThat(people.likers(post, Optional.empty(), PageRequest.first())).isEmpty();
    assertThat(people.boosters(post, Optional.empty(), PageRequest.first())).isEmpty();
  }

  private static List<String> names(Page<FollowListEntry> page) {
    return page.items().stream().map(e -> e.person().username().value()).toList();
  }

  private void like(UserId liker, PostId post) {
    fx.blog.useCases().likePost().like(new LikePostCommand(liker, post));
  }

  private void boost(UserId booster, PostId post) {
    fx.blog.useCases().boostPost().boost(new BoostPostCommand(booster, post));
  }
}
