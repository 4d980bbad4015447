package org.microblog.application.service.live;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.microblog.application.port.out.event.LiveEvent;

/**
 * Hands one event to each listener in turn; a listener that throws is logged and the others still
 * hear it, so one broken page cannot deafen the rest. Shared by every event bus adapter.
 */
public final class Deliveries {
  private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

  private Deliveries() {}

  public static void deliver(List<Consumer<LiveEvent>> listeners, LiveEvent event) {
    for (Consumer<LiveEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "an event listener failed on " + event, e);
      }
    }
  }
}
