package org.microblog.adapter.web.view;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Renders a page to a finished response, for responses made outside controllers (filters and
 * exception handlers run where Micronaut Views does not render); the same templates and the same
 * common model as every other page.
 */
@Singleton
public final class PageRenderer {
  private final Templates templates;
  private final CommonModelProcessor commonModel;

  PageRenderer(Templates templates, CommonModelProcessor commonModel) {
    this.templates = templates;
    this.commonModel = commonModel;
  }

  public MutableHttpResponse<String> render(
      HttpRequest<?> request, HttpStatus status, String view, PageModel model) {
    Map<String, Object> values = model.asMap();
    commonModel.decorate(request, values);
    return HttpResponse.<String>status(status)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .body(templates.render(view, values));
  }
}
