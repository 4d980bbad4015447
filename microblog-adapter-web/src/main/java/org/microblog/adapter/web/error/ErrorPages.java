package org.microblog.adapter.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Set;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.PageRenderer;

/**
 * Friendly error pages: a title, a sentence a person understands, a way back, in the reader's
 * language ({@code error.title.<status>} and {@code error.message.<status>} in the errors bundle).
 */
@Singleton
public final class ErrorPages {
  private static final Set<Integer> TITLED =
      Set.of(400, 403, 404, 405, 413, 415, 422, 429, 500, 503);
  private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 415, 500, 503);

  private final PageRenderer renderer;

  ErrorPages(PageRenderer renderer) {
    this.renderer = renderer;
  }

  /** The error page with its standard sentence for the status. */
  public MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status) {
    return page(request, status, defaultMessage(status));
  }

  public MutableHttpResponse<String> page(
      HttpRequest<?> request, HttpStatus status, Phrase message) {
    PageModel model =
        PageModel.of("status", status.getCode())
            .with("title", title(status))
            .with("message", message);
    return renderer.render(request, status, "errors/error", model);
  }

  private static Phrase title(HttpStatus status) {
    return TITLED.contains(status.getCode())
        ? Phrase.of("error.title." + status.getCode())
        : Phrase.known("error.title", status.getReason());
  }

  static Phrase defaultMessage(HttpStatus status) {
    int code = status.getCode();
    if (EXPLAINED.contains(code)) {
      return Phrase.of("error.message." + code);
    }
    return code >= 500 ? Phrase.of("error.message.500") : Phrase.of("error.message.other");
  }
}
