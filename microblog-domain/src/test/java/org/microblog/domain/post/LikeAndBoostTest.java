package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.domain.user.UserId;

class LikeAndBoostTest {

  private final UserId alice = new UserId(1);
  private final UserId bob = new UserId(2);
  private final PostId post = new PostId(5);

  @Test
  void likingTwiceIsTheSameLike() {
    assertThat(new HashSet<>(List.of(new Like(alice, post), new Like(alice, post)))).hasSize(1);
    assertThat(new Like(alice, post)).isNotEqualTo(new Like(bob, post));
  }

  @Test
  void aPersonBoostsAPostOnceWhenever() {
    Boost first = new Boost(alice, post, Instant.EPOCH);
    Boost again = new Boost(alice, post, Instant.EPOCH.plusSeconds(9));

    assertThat(first.sameAs(again)).isTrue();
    assertThat(first.sameAs(new Boost(bob, post, Instant.EPOCH))).isFalse();
    assertThat(first.sameAs(new Boost(alice, new PostId(6), Instant.EPOCH))).isFalse();
  }

  @Test
  void theNewestBoostPlacesThePostInATimeline() {
    Boost older = new Boost(alice, post, Instant.EPOCH);
    Boost newer = new Boost(bob, post, Instant.EPOCH.plusSeconds(60));

    assertThat(List.of(older, newer).stream().sorted(Boost.NEWEST_FIRST).findFirst())
        .contains(newer);
  }

  @Test
  void authorsMayLikeAndBoostTheirOwnPosts() {
    assertThat(new Like(alice, post).liker()).isEqualTo(alice);
    assertThat(new Boost(alice, post, Instant.EPOCH).booster()).isEqualTo(alice);
  }
}
