package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.Handlebars;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a page to a finished response, for responses made outside controllers (filters and
 * exception handlers run where Micronaut Views does not render).
 */
@Singleton
public final class PageRenderer {
  private final Handlebars handlebars;

  PageRenderer(Handlebars handlebars) {
    this.handlebars = handlebars;
  }

  public MutableHttpResponse<String> render(
      HttpRequest<?> request, HttpStatus status, String view, PageModel model) {
    Map<String, Object> values = model.asMap();
    PageModel.decorate(request, values);
    try {
      String html = handlebars.compile("views/" + view).apply(values);
      return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render view " + view, e);
    }
  }
}
