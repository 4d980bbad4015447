package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;

/** The use cases of {@code port.in.notification} (reading one's notifications) as beans. */
@Factory
final class NotificationUseCaseBeans {

  @Singleton
  ReadNotificationsUseCase readNotifications(Microblog microblog) {
    return microblog.readNotifications();
  }
}
