package org.microblog.adapter.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.PageRenderer;

/** Friendly error pages: a title, a sentence a person understands, a way back. */
@Singleton
public final class ErrorPages {
  private static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(400, "Bad request"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Page not found"),
          Map.entry(405, "Not allowed"),
          Map.entry(413, "Too large"),
          Map.entry(415, "Unsupported form"),
          Map.entry(422, "Cannot do that"),
          Map.entry(429, "Slow down"),
          Map.entry(500, "Something went wrong"),
          Map.entry(503, "Please try again"));

  private static final Map<Integer, String> MESSAGES =
      Map.of(
          400, "The request was malformed. Please check the link or form and try again.",
          403, "You are not allowed to do that.",
          404, "There is nothing here. The page may have moved, or never existed.",
          405, "That action is not available here.",
          413, "What you sent is too large.",
          415, "That kind of request is not accepted here.",
          500, "Something went wrong on our side. Please try again in a moment.",
          503, "Microblog is busy or briefly unavailable. Please try again in a moment.");

  private final PageRenderer renderer;

  ErrorPages(PageRenderer renderer) {
    this.renderer = renderer;
  }

  /** The error page with its standard sentence for the status. */
  public MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status) {
    return page(request, status, defaultMessage(status));
  }

  public MutableHttpResponse<String> page(
      HttpRequest<?> request, HttpStatus status, String message) {
    PageModel model =
        PageModel.of("status", status.getCode())
            .with("title", TITLES.getOrDefault(status.getCode(), status.getReason()))
            .with("message", message);
    return renderer.render(request, status, "errors/error", model);
  }

  static String defaultMessage(HttpStatus status) {
    String fallback =
        status.getCode() >= 500 ? MESSAGES.get(500) : "The request could not be completed.";
    return MESSAGES.getOrDefault(status.getCode(), fallback);
  }
}
