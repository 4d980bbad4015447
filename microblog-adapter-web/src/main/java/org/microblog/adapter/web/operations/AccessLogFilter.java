package org.microblog.adapter.web.operations;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import org.microblog.adapter.web.filter.FilterOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, status and duration. Nothing else is written: no query
 * string, no headers, no cookies, no body, and for routes with variables the route's template
 * rather than the values ({@code /reset-password/{token}}), so passwords, tokens and cookies never
 * reach the log.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AccessLogFilter implements Ordered {
  private static final Logger LOG = LoggerFactory.getLogger("microblog.access");
  private static final String STARTED = "microblog.access.started";

  @RequestFilter
  void start(HttpRequest<?> request) {
    request.setAttribute(STARTED, System.nanoTime());
  }

  @ResponseFilter
  void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    long started = request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
    long micros = (System.nanoTime() - started) / 1_000;
    LOG.info(
        "{} {} {} {}ms", request.getMethodName(), pathOf(request), response.code(), millis(micros));
  }

  /** e.g. 12.345 for 12,345 µs (String.format was a visible cost at thousands of requests/s). */
  static String millis(long micros) {
    String fraction = Long.toString(1_000 + micros % 1_000).substring(1);
    return micros / 1_000 + "." + fraction;
  }

  /** The route template where a route matched (values hidden), else the raw path. */
  static String pathOf(HttpRequest<?> request) {
    return RouteAttributes.getRouteInfo(request)
        .filter(UriRouteInfo.class::isInstance)
        .map(route -> ((UriRouteInfo<?, ?>) route).getUriMatchTemplate().toString())
        .orElseGet(request::getPath);
  }

  /** First in, last out: the duration covers every other filter. */
  @Override
  public int getOrder() {
    return FilterOrder.ACCESS_LOG;
  }
}
