package org.microblog.adapter.web.live;

import io.micronaut.http.sse.Event;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.FluxSink;

/**
 * This instance's open live streams (the pages' and the client API's), so that a graceful shutdown
 * ends them at once instead of waiting its whole grace period for requests that never finish by
 * themselves; the browsers reconnect to another instance.
 */
@Singleton
public final class OpenStreams implements GracefulShutdownCapable {
  private final Set<FluxSink<Event<String>>> open = ConcurrentHashMap.newKeySet();

  public void add(FluxSink<Event<String>> sink) {
    open.add(sink);
  }

  public void remove(FluxSink<Event<String>> sink) {
    open.remove(sink);
  }

  @Override
  public CompletionStage<?> shutdownGracefully() {
    open.forEach(FluxSink::complete);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public OptionalLong reportActiveTasks() {
    return OptionalLong.of(open.size());
  }
}
