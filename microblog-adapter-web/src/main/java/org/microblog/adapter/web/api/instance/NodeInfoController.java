package org.microblog.adapter.web.api.instance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.api.ApiUrls;

/**
 * NodeInfo 2.0: which software this is. Usage gives no figures: no stored count of users or posts
 * exists to answer it cheaply.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class NodeInfoController {
  static final String SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/2.0";
  private final ApiUrls urls;

  NodeInfoController(ApiUrls urls) {
    this.urls = urls;
  }

  @Get(value = "/.well-known/nodeinfo", produces = MediaType.APPLICATION_JSON)
  Links links() {
    return new Links(List.of(new Link(SCHEMA, urls.absolute("/nodeinfo/2.0"))));
  }

  @Get(value = "/nodeinfo/2.0", produces = MediaType.APPLICATION_JSON)
  NodeInfo nodeInfo() {
    return new NodeInfo(
        "2.0",
        new Software("microblog", BuildVersion.VALUE),
        List.of(),
        new Services(List.of(), List.of()),
        true,
        new Usage(Map.of()),
        Map.of());
  }

  @Serdeable
  record Links(List<Link> links) {}

  @Serdeable
  record Link(String rel, String href) {}

  @Serdeable
  record Software(String name, String version) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Services(List<String> inbound, List<String> outbound) {}

  @Serdeable
  record Usage(Map<String, Long> users) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record NodeInfo(
      String version,
      Software software,
      List<String> protocols,
      Services services,
      boolean openRegistrations,
      Usage usage,
      Map<String, Object> metadata) {}
}
