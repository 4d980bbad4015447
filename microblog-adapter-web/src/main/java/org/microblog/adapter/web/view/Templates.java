package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import io.micronaut.views.ViewsConfiguration;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.microblog.adapter.web.i18n.TextHelpers;

/**
 * Renders a template into one string: the single way pages and error pages are made, whether a
 * controller returns them or a filter or exception handler does.
 */
@Singleton
final class Templates {
  /** A timeline page is 10-20 KB: one buffer of this size is not copied while it fills. */
  private static final int PAGE_SIZE_GUESS = 32 * 1024;

  private final Handlebars handlebars;
  private final String folder;

  Templates(Handlebars handlebars, ViewsConfiguration views) {
    this.handlebars = handlebars;
    String configured = views.getFolder();
    this.folder = configured.endsWith("/") ? configured : configured + "/";
  }

  String render(String view, Object model) {
    StringWriter html = new StringWriter(PAGE_SIZE_GUESS);
    try {
      handlebars
          .compile(folder + (view.startsWith("/") ? view.substring(1) : view))
          .apply(context(model), html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render view " + view, e);
    }
    return html.toString();
  }

  /**
   * Page models are maps of strings, numbers, records and lists: maps and record components are all
   * a page needs. Handlebars' default resolvers would also look each name up as a JavaBean getter
   * first, a miss for every record field on every render. Other objects still resolve through their
   * methods.
   */
  private static Context context(Object model) {
    return TextHelpers.withLanguage(
        Context.newBuilder(model)
            .resolver(
                MapValueResolver.INSTANCE,
                RecordValueResolver.INSTANCE,
                MethodValueResolver.INSTANCE)
            .build(),
        model);
  }
}
