package org.microblog.adapter.persistence.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.application.service.live.Deliveries;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event bus of several instances on one PostgreSQL: {@code NOTIFY} on a pooled connection
 * (after the change it announces has committed, since adapters commit per call), and one dedicated
 * connection per instance that {@code LISTEN}s, read by a daemon thread that hands each event to
 * this instance's listeners (its own publications come back the same way, a millisecond later). A
 * lost connection is opened again after a pause; events sent meanwhile are missed, which the
 * listeners tolerate (the login memory's time to live still bounds how stale an instance can be).
 */
public final class PostgresEventBus implements EventBuses.ClosableEventBus {
  static final String CHANNEL = "microblog_events";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresEventBus.class);
  private static final int WAIT_MILLIS = 500;
  private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

  private final List<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();
  private final Notifier notifier;
  private final Supplier<Connection> listening;
  private final Thread reader;
  private volatile boolean open = true;
  private volatile boolean listeningNow;

  /** Sends with a pooled connection. */
  @FunctionalInterface
  interface Notifier {
    void notify(String channel, String payload);
  }

  /**
   * @param notifier runs {@code SELECT pg_notify(?, ?)} on a pooled connection
   * @param listening opens the dedicated connection (not from the pool: it is held for good)
   */
  PostgresEventBus(Notifier notifier, Supplier<Connection> listening) {
    this.notifier = notifier;
    this.listening = listening;
    this.reader = new Thread(this::listen, "event-bus-listener");
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public void publish(LiveEvent event) {
    try {
      notifier.notify(CHANNEL, EventPayloads.encode(event));
    } catch (RuntimeException e) {
      LOG.warn("could not publish {}: {}", event, e.getMessage());
    }
  }

  @Override
  public Subscription subscribe(Consumer<LiveEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Whether the listening connection is up (tests wait for it before publishing). */
  boolean isListening() {
    return listeningNow;
  }

  @Override
  public void close() {
    open = false;
    reader.interrupt();
  }

  private void listen() {
    while (open) {
      try (Connection connection = listening.get()) {
        try (Statement listen = connection.createStatement()) {
          listen.execute("LISTEN " + CHANNEL);
        }
        listeningNow = true;
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (open) {
          PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification notification : received) {
              EventPayloads.decode(notification.getParameter())
                  .ifPresent(event -> Deliveries.deliver(listeners, event));
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (open) {
          LOG.warn("event bus connection lost, reconnecting: {}", e.getMessage());
        }
      } finally {
        listeningNow = false;
      }
      pause();
    }
  }

  private void pause() {
    try {
      Thread.sleep(RECONNECT_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      open = false;
    }
  }

  /** {@code SELECT pg_notify(?, ?)} on one connection. */
  static void notify(Connection connection, String channel, String payload) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
      statement.setString(1, channel);
      statement.setString(2, payload);
      statement.execute();
    }
  }
}
