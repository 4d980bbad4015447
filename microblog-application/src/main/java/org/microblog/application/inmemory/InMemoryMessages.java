package org.microblog.application.inmemory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.microblog.application.inmemory.MessageRows.MessageRow;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.domain.message.Conversation;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.message.NewMessage;
import org.microblog.domain.user.UserId;

/** Private messages in the kit's shared tables, held to the same contract as the databases. */
public final class InMemoryMessages implements MessagePort {
  private final InMemoryTables tables;

  InMemoryMessages(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public MessageId add(NewMessage message) {
    return tables.locked(
        () -> {
          if (!tables.users.containsKey(message.sender())
              || !tables.users.containsKey(message.recipient())) {
            throw new IllegalArgumentException("both people must have accounts");
          }
          long id = tables.messages.nextId();
          tables.messages.rows.add(
              new MessageRow(
                  id,
                  message.sender(),
                  message.recipient(),
                  message.body(),
                  message.sentAt(),
                  false,
                  false));
          return new MessageId(id);
        });
  }

  @Override
  public List<MessageView> slice(Conversation conversation, PageRequest page) {
    boolean older = page.direction() == PageRequest.Direction.OLDER;
    Comparator<MessageRow> byId = Comparator.comparingLong(MessageRow::id);
    return tables.locked(
        () ->
            visible(conversation)
                .filter(row -> older ? row.id() < page.cursor() : row.id() > page.cursor())
                .sorted(older ? byId.reversed() : byId)
                .limit(page.fetchSize())
                .map(row -> view(row, conversation.me()))
                .toList());
  }

  private Stream<MessageRow> visible(Conversation conversation) {
    return tables.messages.rows.stream()
        .filter(row -> row.in(conversation) && row.visibleTo(conversation.me()));
  }

  private MessageView view(MessageRow row, UserId reader) {
    return new MessageView(
        new MessageId(row.id()),
        row.sender().equals(reader),
        row.body(),
        row.sentAt(),
        tables.messages.unread(row, reader));
  }

  @Override
  public void markRead(Conversation conversation) {
    tables.locked(
        () ->
            tables.messages.rows.stream()
                .filter(row -> row.in(conversation))
                .mapToLong(MessageRow::id)
                .max()
                .ifPresent(
                    newest -> tables.messages.readUpTo.merge(conversation, newest, Math::max)));
  }

  @Override
  public List<ConversationLine> conversations(UserId me, long beforeId, int max) {
    return tables.locked(
        () -> {
          Map<UserId, MessageRow> newest = new LinkedHashMap<>();
          tables.messages.rows.stream()
              .filter(row -> row.sender().equals(me) || row.recipient().equals(me))
              .forEach(
                  row -> newest.merge(row.partnerOf(me), row, (a, b) -> a.id() > b.id() ? a : b));
          return newest.entrySet().stream()
              .filter(e -> e.getValue().id() < beforeId)
              .filter(e -> !tables.blockedBetween(me, e.getKey()))
              .sorted(
                  Comparator.comparingLong((Map.Entry<UserId, MessageRow> e) -> e.getValue().id())
                      .reversed())
              .limit(max)
              .map(e -> line(me, e.getKey(), e.getValue()))
              .toList();
        });
  }

  private ConversationLine line(UserId me, UserId partner, MessageRow newest) {
    long unread =
        tables.messages.rows.stream()
            .filter(row -> row.sender().equals(partner) && tables.messages.unread(row, me))
            .count();
    return new ConversationLine(
        partner, tables.users.get(partner).username(), newest.id(), newest.sentAt(), unread);
  }

  @Override
  public boolean hide(Conversation conversation, MessageId id) {
    return tables.locked(
        () -> {
          List<MessageRow> rows = tables.messages.rows;
          for (int i = 0; i < rows.size(); i++) {
            MessageRow row = rows.get(i);
            if (row.id() == id.value()
                && row.in(conversation)
                && row.visibleTo(conversation.me())) {
              rows.set(i, row.hiddenFor(conversation.me()));
              return true;
            }
          }
          return false;
        });
  }

  @Override
  public long unreadCount(UserId me) {
    return tables.locked(() -> tables.messages.unreadCount(me));
  }

  @Override
  public List<MessageExport> allOf(UserId me) {
    return tables.locked(
        () ->
            tables.messages.rows.stream()
                .filter(row -> row.visibleTo(me))
                .sorted(Comparator.comparingLong(MessageRow::id))
                .map(
                    row ->
                        new MessageExport(
                            row.id(),
                            tables.users.get(row.sender()).username(),
                            tables.users.get(row.recipient()).username(),
                            row.body(),
                            row.sentAt()))
                .toList());
  }
}
