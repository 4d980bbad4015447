package org.microblog.adapter.web.api.instance;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.api.ApiUrls;
import org.microblog.adapter.web.view.Links;
import org.microblog.domain.post.PostText;

/**
 * Mastodon's Instance documents (v1 and v2), with their always-present fields. The version says
 * which Mastodon API it follows, as other compatible servers do, so apps pick their features.
 * Figures are 0: no stored count of users or posts exists to answer them cheaply.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class InstanceController {
  static final String TITLE = "Microblog";
  static final String DESCRIPTION = "A small microblogging site.";
  private final ApiUrls urls;

  InstanceController(ApiUrls urls) {
    this.urls = urls;
  }

  static String version() {
    return "4.2.0 (compatible; Microblog " + BuildVersion.VALUE + ")";
  }

  @Get(value = "/api/v1/instance", produces = MediaType.APPLICATION_JSON)
  Map<String, Object> v1() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("uri", urls.domain());
    body.put("title", TITLE);
    body.put("short_description", DESCRIPTION);
    body.put("description", DESCRIPTION);
    body.put("email", "");
    body.put("version", version());
    body.put("urls", Map.of("streaming_api", streaming()));
    body.put("stats", Map.of("user_count", 0, "status_count", 0, "domain_count", 0));
    body.put("thumbnail", null);
    body.put("languages", List.of("en"));
    body.put("registrations", true);
    body.put("approval_required", false);
    body.put("invites_enabled", false);
    body.put("configuration", configuration());
    body.put("contact_account", null);
    body.put("rules", List.of());
    return body;
  }

  @Get(value = "/api/v2/instance", produces = MediaType.APPLICATION_JSON)
  Map<String, Object> v2() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("domain", urls.domain());
    body.put("title", TITLE);
    body.put("version", version());
    body.put("source_url", "https://github.com/microblog/microblog");
    body.put("description", DESCRIPTION);
    body.put("usage", Map.of("users", Map.of("active_month", 0)));
    body.put("thumbnail", Map.of("url", urls.absolute(Links.avatar("microblog"))));
    body.put("icon", List.of());
    body.put("languages", List.of("en"));
    Map<String, Object> configuration = new LinkedHashMap<>(configuration());
    configuration.put("urls", Map.of("streaming", streaming()));
    configuration.put("vapid", Map.of("public_key", ""));
    configuration.put("translation", Map.of("enabled", false));
    body.put("configuration", configuration);
    Map<String, Object> registrations = new LinkedHashMap<>();
    registrations.put("enabled", true);
    registrations.put("approval_required", false);
    registrations.put("message", null);
    registrations.put("url", null);
    body.put("registrations", registrations);
    body.put("api_versions", Map.of("mastodon", 0));
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("email", "");
    contact.put("account", null);
    body.put("contact", contact);
    body.put("rules", List.of());
    return body;
  }

  private String streaming() {
    return urls.base().replaceFirst("^http", "ws");
  }

  private static Map<String, Object> configuration() {
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("accounts", Map.of("max_featured_tags", 0, "max_pinned_statuses", 0));
    configuration.put(
        "statuses",
        Map.of(
            "max_characters",
            PostText.MAX_LENGTH,
            "max_media_attachments",
            0,
            "characters_reserved_per_url",
            23));
    configuration.put(
        "media_attachments",
        Map.of(
            "supported_mime_types", List.of(),
            "image_size_limit", 0,
            "image_matrix_limit", 0,
            "video_size_limit", 0,
            "video_frame_rate_limit", 0,
            "video_matrix_limit", 0));
    configuration.put(
        "polls",
        Map.of(
            "max_options", 0,
            "max_characters_per_option", 0,
            "min_expiration", 0,
            "max_expiration", 0));
    return configuration;
  }
}
