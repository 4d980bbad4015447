package org.microblog.adapter.web.csrf;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;
import org.microblog.adapter.web.view.PageDecorator;

/** Gives every page the request's CSRF token, for the hidden field of its forms. */
@Singleton
final class CsrfPageDecorator implements PageDecorator {
  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    request
        .getAttribute(CsrfTokens.ATTRIBUTE, String.class)
        .ifPresent(token -> model.putIfAbsent("csrfToken", token));
  }
}
