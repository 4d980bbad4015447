package org.microblog.adapter.web.navigation;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.language.LanguageResolver;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageDecorator;
import org.microblog.domain.user.Language;

/**
 * Which navigation links lead to the page being shown, for {@code aria-current="page"}: {@code
 * {{#if current.explore}}}. A form's answer counts as the page that holds the form. For a logged-in
 * viewer, the unread notification count beside "Notifications" ({@code unread}), as the login check
 * read it, and the unread message count beside "Messages" ({@code unreadMessages}): no statement of
 * their own, and labels in the page's language.
 */
@Singleton
public final class Navigation implements PageDecorator {
  /**
   * The model entry (a {@code Long}) by which a page that has just marked messages read tells how
   * many: the login check was read before, so the "Messages" badge leaves them out.
   */
  public static final String MESSAGES_READ_NOW = "messagesReadNow";

  private final UnreadBadges badges;
  private final LanguageResolver languages;

  Navigation(UnreadBadges badges, LanguageResolver languages) {
    this.badges = badges;
    this.languages = languages;
  }

  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    model.putIfAbsent("current", current(request.getPath(), CurrentViewer.of(request)));
    CurrentViewer.status(request)
        .ifPresent(
            status -> {
              Language language = languages.of(request);
              model.putIfAbsent(
                  "unread", badges.notifications(status.unreadNotifications(), language));
              long readNow =
                  model.get(MESSAGES_READ_NOW) instanceof Long count ? count.longValue() : 0;
              model.putIfAbsent(
                  "unreadMessages", badges.messages(status.unreadMessages() - readNow, language));
            });
  }

  static Map<String, Boolean> current(String path, Optional<Viewer> viewer) {
    Map<String, Boolean> current = new HashMap<>();
    current.put("home", path.equals("/") || path.equals("/posts"));
    current.put("explore", path.equals("/explore"));
    current.put("search", path.equals("/search"));
    current.put("notifications", path.equals("/notifications"));
    current.put("messages", path.equals("/messages") || path.startsWith("/messages/"));
    current.put("login", path.equals("/login"));
    current.put("register", path.equals("/register"));
    current.put(
        "profile",
        viewer.map(v -> path.equalsIgnoreCase(Links.profile(v.username()))).orElse(false));
    current.put("settings", path.startsWith("/settings/"));
    current.put("settingsProfile", path.equals("/settings/profile"));
    current.put("settingsAccount", path.startsWith("/settings/account"));
    current.put("settingsDelete", path.equals("/settings/delete"));
    current.put("settingsExport", path.startsWith("/settings/export"));
    current.put("settingsSessions", path.startsWith("/settings/sessions"));
    current.put("settingsBlocks", path.startsWith("/settings/blocks"));
    current.put("settingsTwoFactor", path.startsWith("/settings/two-factor"));
    current.put("settingsApps", path.startsWith("/settings/apps"));
    return current;
  }
}
