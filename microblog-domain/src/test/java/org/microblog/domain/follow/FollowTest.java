package org.microblog.domain.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

class FollowTest {

  @Test
  void followingSomeoneElseIsAllowed() {
    assertThat(new Follow(new UserId(1), new UserId(2)).followed()).isEqualTo(new UserId(2));
  }

  @Test
  void followingYourselfIsRefused() {
    assertThatThrownBy(() -> new Follow(new UserId(3), new UserId(3)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("follow.self"));
  }
}
