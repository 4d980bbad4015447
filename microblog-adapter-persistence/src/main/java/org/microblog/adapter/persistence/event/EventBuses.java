package org.microblog.adapter.persistence.event;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Consumer;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.application.service.live.InProcessEventBus;

/**
 * Chooses how events travel: on PostgreSQL, where several instances may share the database, through
 * it ({@code LISTEN/NOTIFY}); on the embedded H2, which only one instance can use, in process.
 */
@Factory
final class EventBuses {
  @Singleton
  @Bean(preDestroy = "close")
  ClosableEventBus eventBus(
      @Value("${datasources.default.url}") String url,
      @Value("${datasources.default.username:}") String username,
      @Value("${datasources.default.password:}") String password,
      JdbcOperations jdbc) {
    if (!url.startsWith("jdbc:postgresql:")) {
      return new LocalBus();
    }
    return new PostgresEventBus(
        (channel, payload) ->
            jdbc.execute(
                connection -> {
                  PostgresEventBus.notify(connection, channel, payload);
                  return null;
                }),
        () -> connect(url, username, password));
  }

  private static Connection connect(String url, String username, String password) {
    Properties properties = new Properties();
    if (!username.isEmpty()) {
      properties.setProperty("user", username);
    }
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    properties.setProperty("ApplicationName", "microblog event bus");
    try {
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the event bus connection: " + e.getMessage(), e);
    }
  }

  /** An event bus that the context closes when it stops (the listening connection goes). */
  interface ClosableEventBus extends EventBus, AutoCloseable {
    @Override
    void close();
  }

  /** The in-process bus, with nothing to close. */
  private static final class LocalBus implements ClosableEventBus {
    private final InProcessEventBus bus = new InProcessEventBus();

    @Override
    public void publish(LiveEvent event) {
      bus.publish(event);
    }

    @Override
    public Subscription subscribe(Consumer<LiveEvent> listener) {
      return bus.subscribe(listener);
    }

    @Override
    public void close() {
      // nothing held
    }
  }
}
