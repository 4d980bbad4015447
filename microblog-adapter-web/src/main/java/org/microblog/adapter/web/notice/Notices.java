package org.microblog.adapter.web.notice;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.PageDecorator;

/**
 * The one way a notice survives a redirect: the action redirects to a page with the notice's name
 * in the query ({@code /login?logged-out}, {@code /settings/account?done=email-sent}), and this
 * gives that page its sentence as {@code notice}, which the page shows with {@code role="status"}
 * ({@code {{t notice}}}). Every sentence is the bundle text {@code notice.<name>}; an unknown name
 * shows nothing.
 */
@Singleton
final class Notices implements PageDecorator {
  static final Set<String> NAMES =
      Set.of(
          "registered",
          "logged-out",
          "reset",
          "verified",
          "deleted",
          "everywhere",
          "ended",
          "step-expired",
          "sent",
          "email-sent",
          "verification-sent",
          "off",
          "message-sent",
          "message-deleted",
          "blocked",
          "unblocked",
          "muted",
          "unmuted",
          "password-changed");

  /** The query parameter that names a notice by its value rather than by its own name. */
  private static final String DONE = "done";

  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    HttpParameters query = request.getParameters();
    String named = query.get(DONE);
    if (named != null && NAMES.contains(named)) {
      model.putIfAbsent("notice", sentence(named));
      return;
    }
    for (String name : query.names()) {
      if (NAMES.contains(name)) {
        model.putIfAbsent("notice", sentence(name));
        return;
      }
    }
  }

  private static Phrase sentence(String name) {
    return Phrase.of("notice." + name);
  }
}
