package org.microblog.adapter.web.api.me;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.api.auth.RequiredScope;

/**
 * The answers of features Microblog does not have, so that an app's start-up burst succeeds: no
 * custom emojis, filters, lists or announcements, no follow requests or followed tags, and the
 * preferences of someone who posts publicly and hides nothing.
 */
@Controller("/api")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class ClientDefaultsController {

  @Get("/v1/preferences")
  @RequiredScope("read:accounts")
  Map<String, Object> preferences() {
    Map<String, Object> preferences = new LinkedHashMap<>();
    preferences.put("posting:default:visibility", "public");
    preferences.put("posting:default:sensitive", false);
    preferences.put("posting:default:language", null);
    preferences.put("reading:expand:media", "default");
    preferences.put("reading:expand:spoilers", false);
    return preferences;
  }

  @Get("/v1/filters")
  @RequiredScope("read:filters")
  List<Object> filtersV1() {
    return List.of();
  }

  @Get("/v2/filters")
  @RequiredScope("read:filters")
  List<Object> filtersV2() {
    return List.of();
  }

  @Get("/v1/lists")
  @RequiredScope("read:lists")
  List<Object> lists() {
    return List.of();
  }

  /** Nobody's account is locked, so nobody ever asks to follow. */
  @Get("/v1/follow_requests")
  @RequiredScope("read:follows")
  List<Object> followRequests() {
    return List.of();
  }

  /** Tags cannot be followed (yet). */
  @Get("/v1/followed_tags")
  @RequiredScope("read:follows")
  List<Object> followedTags() {
    return List.of();
  }

  @Get("/v1/announcements")
  @Secured(SecurityRule.IS_ANONYMOUS)
  List<Object> announcements() {
    return List.of();
  }

  @Get("/v1/custom_emojis")
  @Secured(SecurityRule.IS_ANONYMOUS)
  List<Object> customEmojis() {
    return List.of();
  }
}
