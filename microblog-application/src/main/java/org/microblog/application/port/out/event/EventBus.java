package org.microblog.application.port.out.event;

import java.util.function.Consumer;

/**
 * Carries small {@link LiveEvent}s to every instance of the application that shares its data: the
 * embedded default has one instance and delivers in process; several instances on one database
 * deliver through it. Delivery is at most once and soon (well within two seconds), never durable:
 * an event nobody listens to is lost, and every listener must cope with having missed some (they
 * only ever mean "look again").
 */
public interface EventBus {
  /** Tells every listener of every instance, this one included. Never blocks for long. */
  void publish(LiveEvent event);

  /**
   * Listens to every event from now on. Listeners are called one event at a time, in the order they
   * subscribed, so an earlier listener's reaction (forgetting a remembered login) has happened
   * before a later one's runs. A listener must return quickly and must not throw.
   */
  Subscription subscribe(Consumer<LiveEvent> listener);

  /** An open subscription; closing it stops delivery to its listener. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
