package org.microblog.adapter.web.operations;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Liveness: the process is up and serving requests. It deliberately checks nothing else, so a
 * database outage makes instances unready ({@code /management/health/readiness}) but never gets
 * them killed and restarted for something a restart cannot fix.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
final class LivenessController {
  private static final String UP = "{\"status\":\"UP\"}";

  @Get(produces = MediaType.APPLICATION_JSON)
  String live() {
    return UP;
  }
}
