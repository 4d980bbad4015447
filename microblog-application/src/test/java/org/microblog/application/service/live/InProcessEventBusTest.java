package org.microblog.application.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.out.event.EventBus.Subscription;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.domain.user.UserId;

class InProcessEventBusTest {
  private final InProcessEventBus bus = new InProcessEventBus();
  private final LiveEvent event = new LiveEvent.UnreadChanged(new UserId(7));

  @Test
  void listenersHearInTheOrderTheySubscribedBeforePublishReturns() {
    List<String> heard = new ArrayList<>();
    bus.subscribe(e -> heard.add("first " + e.user()));
    bus.subscribe(e -> heard.add("second " + e.user()));

    bus.publish(event);

    assertThat(heard).containsExactly("first 7", "second 7");
  }

  @Test
  void aFailingListenerDoesNotDeafenTheOthersAndAClosedOneHearsNothing() {
    List<LiveEvent> heard = new ArrayList<>();
    bus.subscribe(
        e -> {
          throw new IllegalStateException("broken page");
        });
    Subscription closed = bus.subscribe(heard::add);
    List<LiveEvent> open = new ArrayList<>();
    bus.subscribe(open::add);

    closed.close();
    bus.publish(event);

    assertThat(heard).isEmpty();
    assertThat(open).containsExactly(event);
  }
}
