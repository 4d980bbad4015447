package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.User;

/** {@code FollowPort}: who follows whom; following or unfollowing twice changes nothing. */
public abstract class FollowPortContract extends PortContract {

  @Test
  void followingTwiceOrUnfollowingTwiceChangesNothing() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Follow aliceFollowsBob = new Follow(alice.id(), bob.id());

    store.follows().follow(aliceFollowsBob);
    store.follows().follow(aliceFollowsBob);

    assertThat(profileOf(bob, Optional.of(alice.id())).followers()).isEqualTo(1);
    assertThat(profileOf(bob, Optional.of(alice.id())).viewerFollows()).isTrue();

    store.follows().unfollow(aliceFollowsBob);
    store.follows().unfollow(aliceFollowsBob);

    assertThat(profileOf(bob, Optional.of(alice.id())).followers()).isZero();
    assertThat(profileOf(bob, Optional.of(alice.id())).viewerFollows()).isFalse();
  }

  @Test
  void followerAndFollowingCountsMoveWithFollowsAndDeletedAccounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    store.follows().follow(new Follow(alice.id(), bob.id()));
    store.follows().follow(new Follow(carol.id(), bob.id()));
    store.follows().follow(new Follow(bob.id(), alice.id()));
    store.follows().follow(new Follow(bob.id(), carol.id()));
    store.follows().unfollow(new Follow(bob.id(), carol.id()));
    store.follows().unfollow(new Follow(carol.id(), alice.id()));

    assertCounts(bob, 2, 1);
    assertCounts(alice, 1, 1);
    assertCounts(carol, 0, 1);

    store.saveUsers().delete(carol.id());
    assertCounts(bob, 1, 1);

    store.saveUsers().delete(bob.id());
    assertCounts(alice, 0, 0);
  }

  private void assertCounts(User user, long followers, long following) {
    ProfileView profile = profileOf(user, Optional.empty());
    assertThat(profile.followers()).as("%s's followers", user.username()).isEqualTo(followers);
    assertThat(profile.following()).as("%s's following", user.username()).isEqualTo(following);
  }

  @Test
  void followeesAreTheAccountsFollowedUpToTheLimit() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    store.follows().follow(new Follow(alice.id(), bob.id()));
    store.follows().follow(new Follow(alice.id(), carol.id()));
    store.follows().follow(new Follow(bob.id(), alice.id()));

    assertThat(store.follows().followees(alice.id(), 10))
        .containsExactlyInAnyOrder(bob.id(), carol.id());
    assertThat(store.follows().followees(alice.id(), 1)).hasSize(1);
    assertThat(store.follows().followees(carol.id(), 10)).isEmpty();
  }

  @Test
  void followingIsOneWay() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");

    store.follows().follow(new Follow(alice.id(), bob.id()));
    store.follows().unfollow(new Follow(bob.id(), alice.id()));

    assertThat(profileOf(bob, Optional.of(alice.id())).viewerFollows()).isTrue();
    assertThat(profileOf(alice, Optional.of(bob.id())).viewerFollows()).isFalse();
  }

  @Test
  void concurrentFollowsOfTheSamePairAllSucceed() throws Exception {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Follow aliceFollowsBob = new Follow(alice.id(), bob.id());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> attempts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  store.follows().follow(aliceFollowsBob);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> attempt : attempts) {
        attempt.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(profileOf(bob, Optional.empty()).followers()).isEqualTo(1);
  }
}
