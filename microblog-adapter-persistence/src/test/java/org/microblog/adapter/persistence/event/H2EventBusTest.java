package org.microblog.adapter.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.domain.user.UserId;

/** On the embedded H2 only one instance runs: events stay in the process, delivered at once. */
@MicronautTest(transactional = false)
class H2EventBusTest {
  @Inject EventBus chosen;

  @Test
  void theEmbeddedDatabaseDeliversInProcessBeforePublishReturns() {
    assertThat(chosen).isNotInstanceOf(PostgresEventBus.class);
    List<LiveEvent> heard = new ArrayList<>();
    chosen.subscribe(heard::add);

    LiveEvent post = new LiveEvent.PostPublished(new UserId(3));
    chosen.publish(post);

    assertThat(heard).containsExactly(post);
  }
}
