package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.views.ViewsConfiguration;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.handlebars.HandlebarsViewsRenderer;
import io.micronaut.views.handlebars.HandlebarsViewsRendererConfiguration;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a page into one string and writes it once. Micronaut's renderer lets Handlebars write
 * each text piece and value straight to an {@code OutputStreamWriter}, and encoding thousands of
 * small writes took about 40 % of a page's CPU under load (measured with JFR on the home page).
 */
@Singleton
@Replaces(HandlebarsViewsRenderer.class)
final class WholePageRenderer<T, R> extends HandlebarsViewsRenderer<T, R> {
  /** A timeline page is 10-20 KB: one buffer of this size is not copied while it fills. */
  private static final int PAGE_SIZE_GUESS = 32 * 1024;

  WholePageRenderer(
      ViewsConfiguration viewsConfiguration,
      ClassPathResourceLoader resourceLoader,
      HandlebarsViewsRendererConfiguration configuration,
      Handlebars handlebars) {
    super(viewsConfiguration, resourceLoader, configuration, handlebars);
  }

  @Override
  public Writable render(String viewName, T data, R request) {
    StringWriter html = new StringWriter(PAGE_SIZE_GUESS);
    try {
      handlebars.compile(location(viewName)).apply(context(data), html);
    } catch (IOException e) {
      throw new ViewRenderingException("Error rendering Handlebars view [" + viewName + "]", e);
    }
    String page = html.toString();
    return writer -> writer.write(page);
  }

  /**
   * Page models are maps of strings, numbers, records and lists: maps and record components are all
   * a page needs. Handlebars' default resolvers would also look each name up as a JavaBean getter
   * first, a miss for every record field on every render. Other objects still resolve through their
   * methods.
   */
  private static Context context(Object data) {
    return Context.newBuilder(data)
        .resolver(
            MapValueResolver.INSTANCE, RecordValueResolver.INSTANCE, MethodValueResolver.INSTANCE)
        .build();
  }

  private String location(String viewName) {
    String base = folder.endsWith("/") ? folder : folder + "/";
    return base + (viewName.startsWith("/") ? viewName.substring(1) : viewName);
  }
}
