package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.notification.ClearNotificationsUseCase;
import org.microblog.application.port.in.notification.DismissNotificationUseCase;
import org.microblog.application.port.in.notification.NotificationsQuery;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;

/** The use cases of {@code port.in.notification} (reading one's notifications) as Mockito mocks. */
@Factory
final class MockNotificationUseCases {

  @Singleton
  ReadNotificationsUseCase readNotifications() {
    return mock(ReadNotificationsUseCase.class);
  }

  // Client API (api-people)

  @Singleton
  NotificationsQuery notifications() {
    return mock(NotificationsQuery.class);
  }

  @Singleton
  DismissNotificationUseCase dismissNotification() {
    return mock(DismissNotificationUseCase.class);
  }

  @Singleton
  ClearNotificationsUseCase clearNotifications() {
    return mock(ClearNotificationsUseCase.class);
  }
}
