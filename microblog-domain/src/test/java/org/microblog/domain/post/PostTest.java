package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

class PostTest {

  private final Post post =
      new Post(new PostId(1), new UserId(7), new PostText("hi"), Instant.EPOCH);

  @Test
  void authorMayDelete() {
    assertThatCode(() -> post.ensureDeletableBy(new UserId(7))).doesNotThrowAnyException();
  }

  @Test
  void anyoneElseIsForbidden() {
    assertThatThrownBy(() -> post.ensureDeletableBy(new UserId(8)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.kind())
                    .isEqualTo(DomainException.Kind.FORBIDDEN));
  }

  @Test
  void idsArePositive() {
    assertThatThrownBy(() -> new PostId(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UserId(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
