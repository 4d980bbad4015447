package org.microblog.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code GET /api/openapi.yml}: the OpenAPI document that the build writes from the API
 * controllers, served to anyone, covering the client API and none of the HTML pages.
 */
@MicronautTest
class ApiDocumentTest extends WebTestSupport {
  /** The routes outside /api/ that belong to the client API. */
  private static final List<String> API_ROUTES_OUTSIDE_API =
      List.of("/oauth/token", "/oauth/revoke", "/.well-known/nodeinfo", "/nodeinfo/2.0");

  @Test
  void servesTheDocumentToAnyoneAsYaml() {
    HttpResponse<String> response = anonymous().get("/api/openapi.yml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/yaml");
    assertThat(document()).containsEntry("openapi", "3.0.1");
  }

  @Test
  void namesTheApiAndTheBuildVersion() {
    Map<String, Object> info = map(document().get("info"));

    assertThat(info.get("title")).isEqualTo("Microblog client API");
    assertThat(info.get("version")).isEqualTo(buildVersion()).isNotEqualTo("unknown");
  }

  @Test
  void coversTheClientApiAndTheOAuthEndpointsAppsCall() {
    assertThat(paths())
        .containsKeys(
            "/api/v1/statuses",
            "/api/v1/timelines/home",
            "/api/v1/accounts/verify_credentials",
            "/api/v1/apps",
            "/api/v2/search",
            "/oauth/token",
            "/oauth/revoke",
            "/.well-known/nodeinfo",
            "/nodeinfo/2.0");
    assertThat(map(paths().get("/api/v1/statuses"))).containsKey("post");
    assertThat(map(paths().get("/api/v1/statuses/{id}"))).containsKeys("get", "delete");
  }

  @Test
  void leavesOutEveryHtmlPageAndTheCatchAll() {
    assertThat(paths())
        .doesNotContainKeys(
            "/login", "/settings/profile", "/oauth/authorize", "/", "/api", "/api/openapi.yml");
    assertThat(paths().keySet())
        .as(
            "every path is the client API's: a new package of HTML controllers belongs in"
                + " micronaut.openapi.exclude.packages (microblog-adapter-web/openapi.properties)")
        .allMatch(path -> path.startsWith("/api/v") || API_ROUTES_OUTSIDE_API.contains(path));
  }

  @Test
  void marksWhatNeedsABearerTokenWithTheBearerScheme() {
    Map<String, Object> scheme =
        map(map(map(document().get("components")).get("securitySchemes")).get("bearer"));
    assertThat(scheme).containsEntry("type", "http").containsEntry("scheme", "bearer");

    assertThat(operation("/api/v1/statuses", "post").get("security"))
        .isEqualTo(List.of(Map.of("bearer", List.of())));
    assertThat(operation("/api/v1/timelines/home", "get").get("security"))
        .isEqualTo(List.of(Map.of("bearer", List.of())));
    assertThat(operation("/api/v1/timelines/public", "get")).doesNotContainKey("security");
    assertThat(operation("/oauth/token", "post")).doesNotContainKey("security");
  }

  @Test
  void otherFilesUnderApiStayJsonNotFound() {
    HttpResponse<String> response = anonymous().get("/api/openapi.json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"error\"");
  }

  private Map<String, Object> document() {
    HttpResponse<String> response = anonymous().get("/api/openapi.yml");
    assertThat(response.statusCode()).isEqualTo(200);
    return map(new Yaml().load(response.body()));
  }

  private Map<String, Object> paths() {
    return map(document().get("paths"));
  }

  private Map<String, Object> operation(String path, String method) {
    return map(map(paths().get(path)).get(method));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static String buildVersion() {
    try (InputStream in =
        ApiDocumentTest.class.getResourceAsStream("/microblog/version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
