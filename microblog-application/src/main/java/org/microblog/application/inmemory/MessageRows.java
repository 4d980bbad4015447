package org.microblog.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.microblog.domain.message.Conversation;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.user.UserId;

/**
 * The messages table and each person's "read up to" mark per partner, as {@link InMemoryTables}
 * holds them; touched only under the tables' lock. Unread counts are derived from the rows, which
 * is what the database's stored counts always equal.
 */
final class MessageRows {
  /** A stored message and whether each side removed it from their view. */
  record MessageRow(
      long id,
      UserId sender,
      UserId recipient,
      MessageBody body,
      Instant sentAt,
      boolean hiddenBySender,
      boolean hiddenByRecipient) {

    boolean in(Conversation c) {
      return (sender.equals(c.me()) && recipient.equals(c.partner()))
          || (sender.equals(c.partner()) && recipient.equals(c.me()));
    }

    boolean visibleTo(UserId person) {
      return (sender.equals(person) && !hiddenBySender)
          || (recipient.equals(person) && !hiddenByRecipient);
    }

    MessageRow hiddenFor(UserId person) {
      return new MessageRow(
          id,
          sender,
          recipient,
          body,
          sentAt,
          hiddenBySender || sender.equals(person),
          hiddenByRecipient || recipient.equals(person));
    }

    UserId partnerOf(UserId person) {
      return sender.equals(person) ? recipient : sender;
    }
  }

  final List<MessageRow> rows = new ArrayList<>();

  /** The newest message id each person has read in each conversation, by (me, partner). */
  final Map<Conversation, Long> readUpTo = new HashMap<>();

  private long lastId;

  long nextId() {
    return ++lastId;
  }

  boolean unread(MessageRow row, UserId reader) {
    return row.recipient().equals(reader)
        && row.id() > readUpTo.getOrDefault(new Conversation(reader, row.sender()), 0L);
  }

  /** The person's unread messages, from everyone. */
  long unreadCount(UserId person) {
    return rows.stream().filter(row -> unread(row, person)).count();
  }

  /** As ON DELETE CASCADE does when an account goes. */
  void deleteUser(UserId id) {
    rows.removeIf(row -> row.sender().equals(id) || row.recipient().equals(id));
    readUpTo.keySet().removeIf(c -> c.includes(id));
  }
}
