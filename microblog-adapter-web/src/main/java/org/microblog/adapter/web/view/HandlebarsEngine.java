package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.views.handlebars.HandlebarsFactory;
import jakarta.inject.Singleton;
import org.microblog.adapter.web.i18n.TextHelpers;

/**
 * The Handlebars engine, configured once: templates from the class path, compiled on first use and
 * cached (Handlebars re-parses on every render otherwise). Partials are named from the class path
 * root, e.g. {@code {{> views/layout/posts}}}. Conditions write straight into the page ({@link
 * DirectConditionals}), and the buffers Handlebars still makes for loops and partials start small
 * ({@value #BLOCK_BUFFER_CHARS} characters instead of 1,600; they grow when needed): a timeline
 * page used to allocate about 2.5 MB, mostly empty buffers.
 */
@Factory
final class HandlebarsEngine {
  /** Handlebars reads its block buffer size from this system property when it first renders. */
  private static final String BLOCK_BUFFER_PROPERTY = "hbs.buffer";

  private static final int BLOCK_BUFFER_CHARS = 128;

  @Singleton
  @Replaces(factory = HandlebarsFactory.class, bean = Handlebars.class)
  Handlebars handlebars(TextHelpers texts) {
    if (System.getProperty(BLOCK_BUFFER_PROPERTY) == null) {
      System.setProperty(BLOCK_BUFFER_PROPERTY, Integer.toString(BLOCK_BUFFER_CHARS));
    }
    Handlebars handlebars =
        new Handlebars(new ClassPathTemplates("/", ".hbs"))
            .with(new ConcurrentMapTemplateCache())
            .with(new HtmlEscaping())
            .prettyPrint(false);
    handlebars.registerHelper("if", DirectHelpers.IF);
    handlebars.registerHelper("unless", DirectHelpers.UNLESS);
    handlebars.registerHelper("each", DirectHelpers.EACH);
    handlebars.registerHelper("block", DirectHelpers.BLOCK);
    return texts.register(handlebars);
  }
}
