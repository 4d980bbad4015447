package org.microblog.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.microblog.application.inmemory.InMemoryTables.NotificationRow;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.user.UserId;

/**
 * Notifications in memory, one per identity; the unread count is the number newer than the newest
 * the person has seen, which is what the database's stored count always equals.
 */
public final class InMemoryNotifications implements NotificationPort {
  private final InMemoryTables tables;

  InMemoryNotifications(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public boolean add(Notification notification) {
    return tables.locked(
        () -> {
          boolean known =
              tables.notifications.stream()
                  .anyMatch(row -> row.notification().identity().equals(notification.identity()));
          if (known || !refersToStoredRows(notification) || hidden(notification)) {
            return false;
          }
          tables.notifications.add(new NotificationRow(tables.nextNotificationId(), notification));
          return true;
        });
  }

  /** Never stored across a block, or from a person the recipient mutes. */
  private boolean hidden(Notification notification) {
    return tables.hides(Optional.of(notification.recipient()), notification.actor());
  }

  /** As the foreign keys would: only between existing people, about an existing post. */
  private boolean refersToStoredRows(Notification notification) {
    return tables.users.containsKey(notification.recipient())
        && tables.users.containsKey(notification.actor())
        && notification.postId().map(post -> tables.posts.containsKey(post.value())).orElse(true);
  }

  @Override
  public List<NotificationView> newest(UserId recipient, long beforeId, int max) {
    return newest(recipient, beforeId, max, ALL_KINDS);
  }

  @Override
  public List<NotificationView> newest(
      UserId recipient, long beforeId, int max, Set<NotificationKind> kinds) {
    return tables.locked(
        () -> {
          long seen = tables.notificationsSeen.getOrDefault(recipient, 0L);
          return visible(recipient)
              .filter(row -> row.id() < beforeId)
              .filter(row -> kinds.contains(row.notification().kind()))
              .sorted(Comparator.comparingLong(NotificationRow::id).reversed())
              .limit(max)
              .map(row -> view(row, seen))
              .toList();
        });
  }

  @Override
  public Optional<NotificationView> find(UserId recipient, long id) {
    return tables.locked(
        () -> {
          long seen = tables.notificationsSeen.getOrDefault(recipient, 0L);
          return visible(recipient)
              .filter(row -> row.id() == id)
              .findFirst()
              .map(row -> view(row, seen));
        });
  }

  /** The recipient's rows, without those from people now across a block or muted. */
  private Stream<NotificationRow> visible(UserId recipient) {
    return tables.notifications.stream()
        .filter(row -> row.notification().recipient().equals(recipient))
        .filter(row -> !tables.hides(Optional.of(recipient), row.notification().actor()));
  }

  @Override
  public boolean remove(UserId recipient, long id) {
    return tables.locked(
        () ->
            tables.notifications.removeIf(
                row -> row.id() == id && row.notification().recipient().equals(recipient)));
  }

  @Override
  public void removeAll(UserId recipient) {
    tables.locked(
        () ->
            tables.notifications.removeIf(row -> row.notification().recipient().equals(recipient)));
  }

  private NotificationView view(NotificationRow row, long seen) {
    Notification n = row.notification();
    return new NotificationView(
        row.id(),
        n.kind(),
        n.actor(),
        tables.users.get(n.actor()).username(),
        n.postId(),
        n.occurredAt(),
        row.id() > seen);
  }

  @Override
  public void markReadUpTo(UserId recipient, long upToId) {
    tables.locked(
        () -> {
          if (tables.users.containsKey(recipient)) {
            tables.notificationsSeen.merge(recipient, upToId, Math::max);
          }
        });
  }

  @Override
  public long unreadCount(UserId recipient) {
    return tables.locked(() -> tables.unreadCount(recipient));
  }
}
