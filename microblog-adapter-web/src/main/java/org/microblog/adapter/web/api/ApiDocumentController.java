package org.microblog.adapter.web.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.yml}: the client API's OpenAPI document, public like Mastodon's API
 * documentation. micronaut-openapi writes it from the API controllers when this module compiles
 * (which controllers: {@code openapi.properties} beside the module's {@code pom.xml}); this serves
 * the file as written, so the document cannot drift from the routes.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@OpenAPIDefinition(
    info =
        @Info(
            title = "Microblog client API",
            version = "${microblog.version}",
            description =
                "The Mastodon-compatible client API: OAuth 2.0 apps (authorization code with PKCE,"
                    + " client credentials) and the accounts, statuses, timelines, notifications"
                    + " and search that Mastodon apps use. Errors are {\"error\": \"...\"}."))
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An access token from POST /oauth/token")
final class ApiDocumentController {
  /** Where micronaut-openapi writes the document (its file name is set in openapi.properties). */
  static final String DOCUMENT = "/META-INF/swagger/microblog-api.yml";

  private static final MediaType YAML = MediaType.of("application/yaml");
  private final byte[] document = read();

  @Get("/api/openapi.yml")
  HttpResponse<byte[]> document() {
    return HttpResponse.ok(document).contentType(YAML);
  }

  private static byte[] read() {
    try (InputStream in = ApiDocumentController.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing: was micronaut-openapi run?");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
