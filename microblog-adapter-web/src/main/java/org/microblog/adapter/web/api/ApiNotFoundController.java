package org.microblog.adapter.web.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other request under {@code /api/}: Mastodon's JSON 404 instead of an HTML page, logged as one
 * WARN line with the method, the path and the client's User-Agent, so that endpoints apps miss show
 * up in the operator's log. The query string (where a streaming client may carry its {@code
 * access_token}) and the headers other than the User-Agent are never logged. More specific routes
 * always win.
 */
@Controller("/api")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden // the catch-all is no operation of the API
final class ApiNotFoundController {
  private static final Logger LOG = LoggerFactory.getLogger(ApiNotFoundController.class);
  private static final int MAX_LOGGED = 200;

  @Get("/{+path}")
  HttpResponse<ApiError> notFound(HttpRequest<?> request) {
    return answer(request);
  }

  /** Writes to unknown API paths (an empty id, say) get the same JSON 404, never a page. */
  @Post(value = "/{+path}", consumes = MediaType.ALL)
  HttpResponse<ApiError> notFoundPost(HttpRequest<?> request) {
    return answer(request);
  }

  @Delete("/{+path}")
  HttpResponse<ApiError> notFoundDelete(HttpRequest<?> request) {
    return answer(request);
  }

  @Put(value = "/{+path}", consumes = MediaType.ALL)
  HttpResponse<ApiError> notFoundPut(HttpRequest<?> request) {
    return answer(request);
  }

  @Patch(value = "/{+path}", consumes = MediaType.ALL)
  HttpResponse<ApiError> notFoundPatch(HttpRequest<?> request) {
    return answer(request);
  }

  private static HttpResponse<ApiError> answer(HttpRequest<?> request) {
    if (LOG.isWarnEnabled()) {
      LOG.warn(
          "API 404: {} {} (User-Agent: {})",
          request.getMethodName(),
          clip(request.getPath()),
          clip(request.getHeaders().get(HttpHeaders.USER_AGENT)));
    }
    return ApiError.notFound();
  }

  /** Request text in a log line: bounded, one line. */
  private static String clip(String text) {
    if (text == null) {
      return "-";
    }
    String line = text.replaceAll("\\p{Cntrl}", "?");
    return line.length() > MAX_LOGGED ? line.substring(0, MAX_LOGGED) + "..." : line;
  }
}
