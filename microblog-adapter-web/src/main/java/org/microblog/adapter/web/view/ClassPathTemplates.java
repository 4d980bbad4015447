package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Templates from the class path, each looked up once. Handlebars asks its loader for a partial's
 * source every time the partial is used (a class-path search and a URL parse, twenty times per
 * timeline page); templates inside the application's jar never change while it runs.
 */
final class ClassPathTemplates extends ClassPathTemplateLoader {
  private final Map<String, TemplateSource> sources = new ConcurrentHashMap<>();

  ClassPathTemplates(String prefix, String suffix) {
    super(prefix, suffix);
  }

  @Override
  public TemplateSource sourceAt(String location) throws IOException {
    TemplateSource known = sources.get(location);
    if (known != null) {
      return known;
    }
    TemplateSource found = super.sourceAt(location);
    sources.put(location, found);
    return found;
  }
}
