package org.microblog.adapter.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent event stream as a test reads it: the response's status and headers at once, then
 * one event at a time as the server sends it (comments skipped), waiting at most a given time.
 */
public final class EventStream implements AutoCloseable {
  /** One event: its name ({@code message} when none was sent) and its data. */
  public record ServerEvent(String name, String data) {}

  private static final String END = "\u0000end";
  private final HttpResponse<Stream<String>> response;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  private EventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    Thread reader =
        new Thread(
            () -> {
              try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
              } catch (RuntimeException closed) {
                // the test closed the stream
              } finally {
                lines.add(END);
              }
            },
            "event-stream-reader");
    reader.setDaemon(true);
    reader.start();
  }

  public static EventStream open(HttpClient client, HttpRequest request) {
    try {
      return new EventStream(client.send(request, HttpResponse.BodyHandlers.ofLines()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int statusCode() {
    return response.statusCode();
  }

  public Optional<String> header(String name) {
    return response.headers().firstValue(name);
  }

  /** The next event, or empty when none came within the time or the stream ended. */
  public Optional<ServerEvent> next(Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    String name = "message";
    List<String> data = new ArrayList<>();
    while (true) {
      String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.equals(END)) {
        if (line != null) {
          lines.add(END);
        }
        return Optional.empty();
      }
      if (line.isEmpty()) {
        if (!data.isEmpty()) {
          return Optional.of(new ServerEvent(name, String.join("\n", data)));
        }
        name = "message";
      } else if (line.startsWith("event:")) {
        name = line.substring("event:".length()).strip();
      } else if (line.startsWith("data:")) {
        data.add(line.substring("data:".length()).strip());
      }
    }
  }

  /** Whether the server has ended the stream, waiting at most the given time. */
  public boolean ended(Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (END.equals(line)) {
        lines.add(END);
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    response.body().close();
  }
}
