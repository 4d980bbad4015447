package org.microblog.adapter.web.navigation;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageDecorator;

/**
 * Which navigation links lead to the page being shown, for {@code aria-current="page"}: {@code
 * {{#if current.explore}}}. A form's answer counts as the page that holds the form. For a logged-in
 * viewer, the unread notification count beside "Notifications" ({@code unread}), as the login check
 * read it: no statement of its own.
 */
@Singleton
final class Navigation implements PageDecorator {
  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    model.putIfAbsent("current", current(request.getPath(), CurrentViewer.of(request)));
    CurrentViewer.status(request)
        .ifPresent(
            status -> model.putIfAbsent("unread", UnreadBadge.of(status.unreadNotifications())));
  }

  static Map<String, Boolean> current(String path, Optional<Viewer> viewer) {
    Map<String, Boolean> current = new HashMap<>();
    current.put("home", path.equals("/") || path.equals("/posts"));
    current.put("explore", path.equals("/explore"));
    current.put("notifications", path.equals("/notifications"));
    current.put("login", path.equals("/login"));
    current.put("register", path.equals("/register"));
    current.put(
        "profile",
        viewer.map(v -> path.equalsIgnoreCase(Links.profile(v.username()))).orElse(false));
    current.put("settings", path.startsWith("/settings/"));
    current.put("settingsProfile", path.equals("/settings/profile"));
    current.put("settingsAccount", path.startsWith("/settings/account"));
    current.put("settingsDelete", path.equals("/settings/delete"));
    current.put("settingsSessions", path.startsWith("/settings/sessions"));
    current.put("settingsTwoFactor", path.startsWith("/settings/two-factor"));
    return current;
  }
}
