package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class FollowListServiceTest {
  private final Fixtures fx = new Fixtures();
  private final FollowListQuery lists = fx.blog.useCases().followLists();
  private final UserId ada = fx.register("ada");

  private static List<String> names(Page<FollowListEntry> page) {
    return page.items().stream().map(entry -> entry.person().username().value()).toList();
  }

  private void follows(UserId follower, String followed) {
    fx.blog.useCases().followUser().follow(new FollowCommand(follower, new Username(followed)));
  }

  @Test
  void listsWhoFollowsAndWhoIsFollowedNewestFirst() {
    UserId bob = fx.register("bob");
    UserId cyd = fx.register("cyd");
    follows(bob, "ada");
    follows(cyd, "ada");
    follows(ada, "bob");
    follows(cyd, "bob");

    assertThat(names(lists.followers(ada, PageRequest.first()))).containsExactly("cyd", "bob");
    assertThat(names(lists.following(ada, PageRequest.first()))).containsExactly("bob");
    assertThat(names(lists.following(cyd, PageRequest.first()))).containsExactly("bob", "ada");
    assertThat(lists.following(fx.register("dan"), PageRequest.first()).items()).isEmpty();
  }

  @Test
  void pagesOfTwentyWalkOlderAndBackNewer() {
    IntStream.rangeClosed(1, 45).forEach(i -> follows(fx.register("follower" + i), "ada"));

    Page<FollowListEntry> first = lists.followers(ada, PageRequest.first());
    assertThat(first.items()).hasSize(20);
    assertThat(names(first).get(0)).isEqualTo("follower45");
    assertThat(first.newer()).isEmpty();

    Page<FollowListEntry> third =
        lists.followers(
            ada, lists.followers(ada, first.older().orElseThrow()).older().orElseThrow());
    assertThat(names(third)).hasSize(5).endsWith("follower1");
    assertThat(third.older()).isEmpty();

    Page<FollowListEntry> backToSecond = lists.followers(ada, third.newer().orElseThrow());
    assertThat(names(backToSecond)).startsWith("follower25").endsWith("follower6");
  }
}
