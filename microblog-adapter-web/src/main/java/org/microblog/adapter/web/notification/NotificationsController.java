package org.microblog.adapter.web.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.OptionalLong;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.navigation.UnreadBadge;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.adapter.web.view.PageParameters;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.application.port.in.timeline.PageRequest;

/**
 * One's notifications, newest first, 20 a page ({@code ?before=ID} for older ones). The first page
 * marks them all read, so its own navigation bar already shows no unread count.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class NotificationsController {
  private static final String PATH = "/notifications";
  private final ReadNotificationsUseCase notifications;

  NotificationsController(ReadNotificationsUseCase notifications) {
    this.notifications = notifications;
  }

  @Get
  HttpResponse<?> show(Authentication authentication, @QueryValue @Nullable String before) {
    Viewer viewer = CurrentViewer.required(authentication);
    PageRequest request = PageParameters.parse(before, null);
    OptionalLong cursor =
        request.isFirst() ? OptionalLong.empty() : OptionalLong.of(request.cursor());
    NotificationPage page = notifications.read(viewer.id(), cursor);
    PageModel model =
        PageModel.of("notifications", NotificationLines.of(page.items()))
            .with("firstPage", request.isFirst())
            .with(
                "older",
                page.older().isPresent() ? PATH + "?before=" + page.older().getAsLong() : null);
    if (request.isFirst()) {
      model.with("unread", UnreadBadge.NONE);
    }
    return HttpResponse.ok(new ModelAndView<>("notifications/index", model.asMap()));
  }
}
