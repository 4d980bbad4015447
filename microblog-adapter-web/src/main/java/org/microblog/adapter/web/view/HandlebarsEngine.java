package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.views.handlebars.HandlebarsFactory;
import jakarta.inject.Singleton;

/**
 * The Handlebars engine, configured once: templates from the class path, compiled on first use and
 * cached (Handlebars re-parses on every render otherwise). Partials are named from the class path
 * root, e.g. {@code {{> views/layout/posts}}}.
 */
@Factory
final class HandlebarsEngine {

  @Singleton
  @Replaces(factory = HandlebarsFactory.class, bean = Handlebars.class)
  Handlebars handlebars() {
    return new Handlebars(new ClassPathTemplateLoader("/", ".hbs"))
        .with(new ConcurrentMapTemplateCache())
        .with(new HtmlEscaping())
        .prettyPrint(false);
  }
}
