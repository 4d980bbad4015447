package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microblog.application.inmemory.MutableClock;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.application.service.user.RecordActivityService;
import org.microblog.domain.user.UserId;

class RecordActivityServiceTest {
  private final MutableClock clock = new MutableClock(Fixtures.START);
  private final RecordLastSeenPort port = mock(RecordLastSeenPort.class);
  private final RecordActivityService service = new RecordActivityService(port, clock);
  private final UserId alice = new UserId(1);

  @Test
  void writesAtMostOnceAMinutePerUser() {
    service.recordSeen(alice);
    clock.advance(Duration.ofSeconds(30));
    service.recordSeen(alice);
    clock.advance(Duration.ofSeconds(29));
    service.recordSeen(alice);

    verify(port, times(1)).recordLastSeen(alice, Fixtures.START);
    verifyNoMoreInteractions(port);
  }

  @Test
  void writesAgainOnceTheMinuteHasPassed() {
    service.recordSeen(alice);
    clock.advance(Duration.ofMinutes(1));
    service.recordSeen(alice);

    verify(port).recordLastSeen(alice, Fixtures.START);
    verify(port).recordLastSeen(alice, Fixtures.START.plus(Duration.ofMinutes(1)));
  }

  @Test
  void eachUserHasTheirOwnMinute() {
    UserId bob = new UserId(2);
    service.recordSeen(alice);
    service.recordSeen(bob);

    verify(port).recordLastSeen(alice, Fixtures.START);
    verify(port).recordLastSeen(bob, Fixtures.START);
  }

  @Test
  void saysWhenTheNextCallWouldWrite() {
    assertThat(service.isDue(alice)).isTrue();
    service.recordSeen(alice);
    assertThat(service.isDue(alice)).isFalse();
    clock.advance(Duration.ofSeconds(59));
    assertThat(service.isDue(alice)).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(service.isDue(alice)).isTrue();
    verify(port, times(1)).recordLastSeen(alice, Fixtures.START);
  }
}
