package org.microblog.adapter.web.api.instance;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/**
 * Public endpoints whose lists Microblog has nothing for yet, answered as Mastodon documents an
 * empty answer rather than with a 404, so that clients that ask at start-up carry on: no server
 * rules, no federated peers (federation is still to come), no activity history and no trends.
 */
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
final class EmptyListsController {

  @Get("/instance/rules")
  List<Object> rules() {
    return List.of();
  }

  @Get("/instance/peers")
  List<Object> peers() {
    return List.of();
  }

  @Get("/instance/activity")
  List<Object> activity() {
    return List.of();
  }

  @Get("/trends")
  List<Object> trends() {
    return List.of();
  }

  @Get("/trends/tags")
  List<Object> trendingTags() {
    return List.of();
  }

  @Get("/trends/statuses")
  List<Object> trendingStatuses() {
    return List.of();
  }

  @Get("/trends/links")
  List<Object> trendingLinks() {
    return List.of();
  }
}
