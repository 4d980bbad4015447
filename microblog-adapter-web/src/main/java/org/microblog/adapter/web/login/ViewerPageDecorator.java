package org.microblog.adapter.web.login;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;
import org.microblog.adapter.web.view.PageDecorator;

/** Gives every page the logged-in person, for the navigation bar. */
@Singleton
final class ViewerPageDecorator implements PageDecorator {
  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    CurrentViewer.of(request).ifPresent(viewer -> model.putIfAbsent("viewer", viewer));
  }
}
