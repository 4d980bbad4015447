package org.microblog.adapter.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.microblog.adapter.persistence.PostgresProperties;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.domain.user.UserId;

/**
 * The bus on PostgreSQL: what one instance publishes reaches another's listeners within two
 * seconds, and a listening connection that dies is opened again.
 */
@EnabledIfEnvironmentVariable(
    named = PostgresProperties.URL_VARIABLE,
    matches = ".+",
    disabledReason = PostgresProperties.URL_VARIABLE + " not set: PostgreSQL tests skipped")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresEventBusTest implements TestPropertyProvider {
  private static final Duration WITHIN = Duration.ofSeconds(2);

  @Inject EventBus chosen;
  @Inject JdbcOperations jdbc;
  private PostgresEventBus otherInstance;

  @Override
  public Map<String, String> getProperties() {
    return PostgresProperties.of();
  }

  @AfterEach
  void closeOtherInstance() {
    if (otherInstance != null) {
      otherInstance.close();
    }
  }

  @Test
  void postgresqlCarriesEventsThroughTheDatabase() {
    assertThat(chosen).isInstanceOf(PostgresEventBus.class);
  }

  @Test
  void anEventPublishedByOneInstanceReachesAnotherWithinTwoSeconds() throws Exception {
    otherInstance = otherInstance();
    BlockingQueue<LiveEvent> heard = new LinkedBlockingQueue<>();
    otherInstance.subscribe(heard::add);
    awaitListening(otherInstance);
    awaitListening((PostgresEventBus) chosen);

    LiveEvent mention = new LiveEvent.UnreadChanged(new UserId(42));
    chosen.publish(mention);

    assertThat(heard.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(mention);
  }

  @Test
  void aLostListeningConnectionIsOpenedAgain() throws Exception {
    otherInstance = otherInstance();
    BlockingQueue<LiveEvent> heard = new LinkedBlockingQueue<>();
    otherInstance.subscribe(heard::add);
    awaitListening(otherInstance);

    jdbc.execute(
        connection ->
            connection
                .createStatement()
                .execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE application_name = 'microblog test bus'"));
    Thread.sleep(200);
    awaitListening(otherInstance);

    LiveEvent ended = new LiveEvent.LoginsEnded(new UserId(7));
    chosen.publish(ended);
    assertThat(heard.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(ended);
  }

  private PostgresEventBus otherInstance() {
    String url = System.getenv(PostgresProperties.URL_VARIABLE);
    return new PostgresEventBus(
        (channel, payload) ->
            jdbc.execute(
                connection -> {
                  PostgresEventBus.notify(connection, channel, payload);
                  return null;
                }),
        () -> {
          try {
            var connection = DriverManager.getConnection(url);
            connection.setClientInfo("ApplicationName", "microblog test bus");
            return connection;
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void awaitListening(PostgresEventBus bus) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!bus.isListening() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(bus.isListening()).as("listening").isTrue();
  }
}
