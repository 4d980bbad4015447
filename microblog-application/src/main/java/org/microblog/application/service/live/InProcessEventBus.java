package org.microblog.application.service.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent;

/**
 * The event bus of one instance (the embedded default and the in-memory kit): a publication is
 * handed to every listener on the publishing thread before {@link #publish} returns.
 */
public final class InProcessEventBus implements EventBus {
  private final List<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(LiveEvent event) {
    Deliveries.deliver(listeners, event);
  }

  @Override
  public Subscription subscribe(Consumer<LiveEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
