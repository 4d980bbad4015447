package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.User;

/**
 * {@code FollowListPort}: followers and followed accounts, newest follow first, by keyset on the
 * follow's position; a follow that ends leaves the lists and, made again, comes back at the top.
 */
public abstract class FollowListPortContract extends PortContract {

  @Test
  void listsFollowersAndFollowedNewestFollowFirst() {
    User ada = register("ada", "ada@example.org");
    User bob = register("bob", "bob@example.org");
    User cyd = register("cyd", "cyd@example.org");
    store.follows().follow(new Follow(bob.id(), ada.id()));
    store.follows().follow(new Follow(cyd.id(), ada.id()));
    store.follows().follow(new Follow(ada.id(), cyd.id()));

    assertThat(names(store.followLists().followers(ada.id(), PageRequest.first())))
        .containsExactly("cyd", "bob");
    assertThat(names(store.followLists().following(ada.id(), PageRequest.first())))
        .containsExactly("cyd");
    assertThat(names(store.followLists().following(bob.id(), PageRequest.first())))
        .containsExactly("ada");
    assertThat(store.followLists().followers(bob.id(), PageRequest.first())).isEmpty();
  }

  @Test
  void entriesCarryThePersonsStoredCounts() {
    User ada = register("ada", "ada@example.org");
    User bob = register("bob", "bob@example.org");
    store.follows().follow(new Follow(bob.id(), ada.id()));
    store.follows().follow(new Follow(ada.id(), bob.id()));

    FollowListEntry bobAsFollower =
        store.followLists().followers(ada.id(), PageRequest.first()).get(0);

    assertThat(bobAsFollower.person().id()).isEqualTo(bob.id());
    assertThat(bobAsFollower.person().followers()).isEqualTo(1);
    assertThat(bobAsFollower.person().following()).isEqualTo(1);
  }

  @Test
  void pagesByKeysetInBothDirections() {
    User ada = register("ada", "ada@example.org");
    for (String name : List.of("bob", "cyd", "dan", "eve")) {
      User follower = register(name, name + "@example.org");
      store.follows().follow(new Follow(follower.id(), ada.id()));
    }
    PageRequest firstTwo = new PageRequest(PageRequest.Direction.OLDER, Long.MAX_VALUE, 2);

    List<FollowListEntry> first = store.followLists().followers(ada.id(), firstTwo);
    assertThat(names(first)).containsExactly("eve", "dan", "cyd");

    long cursor = first.get(1).position();
    List<FollowListEntry> older =
        store
            .followLists()
            .followers(ada.id(), new PageRequest(PageRequest.Direction.OLDER, cursor, 2));
    assertThat(names(older)).containsExactly("cyd", "bob");

    List<FollowListEntry> newer =
        store
            .followLists()
            .followers(
                ada.id(), new PageRequest(PageRequest.Direction.NEWER, older.get(0).position(), 2));
    assertThat(names(newer)).containsExactly("dan", "eve");
  }

  @Test
  void anEndedFollowLeavesTheListAndComesBackOnTopWhenMadeAgain() {
    User ada = register("ada", "ada@example.org");
    User bob = register("bob", "bob@example.org");
    User cyd = register("cyd", "cyd@example.org");
    store.follows().follow(new Follow(bob.id(), ada.id()));
    store.follows().follow(new Follow(cyd.id(), ada.id()));

    store.follows().unfollow(new Follow(bob.id(), ada.id()));
    assertThat(names(store.followLists().followers(ada.id(), PageRequest.first())))
        .containsExactly("cyd");

    store.follows().follow(new Follow(bob.id(), ada.id()));
    assertThat(names(store.followLists().followers(ada.id(), PageRequest.first())))
        .containsExactly("bob", "cyd");

    store.saveUsers().delete(cyd.id());
    assertThat(names(store.followLists().followers(ada.id(), PageRequest.first())))
        .containsExactly("bob");
  }

  private static List<String> names(List<FollowListEntry> entries) {
    return entries.stream().map(entry -> entry.person().username().value()).toList();
  }
}
