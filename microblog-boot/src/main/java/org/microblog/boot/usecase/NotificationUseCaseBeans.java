package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.notification.ClearNotificationsUseCase;
import org.microblog.application.port.in.notification.DismissNotificationUseCase;
import org.microblog.application.port.in.notification.NotificationsQuery;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;

/** The use cases of {@code port.in.notification} (reading one's notifications) as beans. */
@Factory
final class NotificationUseCaseBeans {

  @Singleton
  ReadNotificationsUseCase readNotifications(Microblog microblog) {
    return microblog.readNotifications();
  }

  // Client API (api-people)

  @Singleton
  NotificationsQuery notifications(Microblog microblog) {
    return microblog.notifications();
  }

  @Singleton
  DismissNotificationUseCase dismissNotification(Microblog microblog) {
    return microblog.dismissNotification();
  }

  @Singleton
  ClearNotificationsUseCase clearNotifications(Microblog microblog) {
    return microblog.clearNotifications();
  }
}
