package org.microblog.adapter.persistence.message;

import static org.microblog.adapter.persistence.support.Updates.update;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.domain.message.Conversation;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.message.NewMessage;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Messages in {@code messages}, each person's line per partner in {@code conversations} and their
 * total in {@code users.unread_messages}, moved together in one transaction: sending is four
 * statements (the message, both lines opened if new, both lines moved, the recipient's total);
 * reading a conversation marks its line read under a row lock, so a message arriving meanwhile is
 * never lost from the counts. A page is one keyset statement on {@code ix_messages_conversation}.
 */
@Singleton
public class MessagePersistenceAdapter implements MessagePort {
  private final JdbcOperations jdbc;

  MessagePersistenceAdapter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public MessageId add(NewMessage message) {
    long sender = message.sender().value();
    long recipient = message.recipient().value();
    OffsetDateTime at = OffsetDateTime.ofInstant(message.sentAt(), ZoneOffset.UTC);
    return jdbc.execute(
        connection -> {
          long id;
          try (PreparedStatement insert =
              connection.prepareStatement(MessageSql.INSERT, new String[] {"id"})) {
            insert.setLong(1, sender);
            insert.setLong(2, recipient);
            insert.setLong(3, Math.min(sender, recipient));
            insert.setLong(4, Math.max(sender, recipient));
            insert.setString(5, message.body().value());
            insert.setObject(6, at);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          try (PreparedStatement open = connection.prepareStatement(MessageSql.OPEN_LINES)) {
            set(open, sender, recipient, id, at, 1);
            set(open, recipient, sender, id, at, 5);
            open.executeUpdate();
          }
          try (PreparedStatement move = connection.prepareStatement(MessageSql.MOVE_LINES)) {
            move.setLong(1, id);
            move.setLong(2, id);
            move.setObject(3, at);
            move.setLong(4, recipient);
            move.setLong(5, sender);
            move.setLong(6, recipient);
            move.setLong(7, recipient);
            move.setLong(8, sender);
            move.executeUpdate();
          }
          update(connection, MessageSql.COUNT_UP, recipient);
          return new MessageId(id);
        });
  }

  private static void set(
      PreparedStatement statement, long owner, long partner, long id, OffsetDateTime at, int from)
      throws SQLException {
    statement.setLong(from, owner);
    statement.setLong(from + 1, partner);
    statement.setLong(from + 2, id);
    statement.setObject(from + 3, at);
  }

  @Override
  public List<MessageView> slice(Conversation conversation, PageRequest page) {
    long me = conversation.me().value();
    long partner = conversation.partner().value();
    String sql =
        (page.direction() == PageRequest.Direction.OLDER ? MessageSql.OLDER : MessageSql.NEWER)
            + page.fetchSize();
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            long[] parameters = {
              me, me, partner, Math.min(me, partner), Math.max(me, partner), page.cursor(), me
            };
            for (int i = 0; i < parameters.length; i++) {
              statement.setLong(i + 1, parameters[i]);
            }
            List<MessageView> views = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                views.add(
                    new MessageView(
                        new MessageId(rows.getLong(1)),
                        rows.getLong(2) == me,
                        new MessageBody(rows.getString(3)),
                        rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getBoolean(5)));
              }
            }
            return views;
          }
        });
  }

  @Override
  @Transactional
  public void markRead(Conversation conversation) {
    long me = conversation.me().value();
    long partner = conversation.partner().value();
    jdbc.execute(
        connection -> {
          long unread;
          long last;
          try (PreparedStatement lock = connection.prepareStatement(MessageSql.LOCK_LINE)) {
            lock.setLong(1, me);
            lock.setLong(2, partner);
            try (ResultSet row = lock.executeQuery()) {
              if (!row.next()) {
                return 0;
              }
              unread = row.getLong(1);
              last = row.getLong(2);
            }
          }
          update(connection, MessageSql.READ_LINE, last, me, partner);
          return unread > 0 ? update(connection, MessageSql.COUNT_DOWN, unread, me) : 0;
        });
  }

  @Override
  public List<ConversationLine> conversations(UserId me, long beforeId, int max) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(MessageSql.LINES + max)) {
            statement.setLong(1, me.value());
            statement.setLong(2, beforeId);
            List<ConversationLine> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                lines.add(
                    new ConversationLine(
                        new UserId(rows.getLong(1)),
                        new Username(rows.getString(2)),
                        rows.getLong(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getLong(5)));
              }
            }
            return lines;
          }
        });
  }

  @Override
  public boolean hide(Conversation conversation, MessageId id) {
    long me = conversation.me().value();
    long partner = conversation.partner().value();
    return jdbc.execute(
            connection ->
                update(
                    connection,
                    MessageSql.HIDE,
                    me,
                    me,
                    id.value(),
                    Math.min(me, partner),
                    Math.max(me, partner),
                    me))
        == 1;
  }

  @Override
  public long unreadCount(UserId me) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(MessageSql.UNREAD)) {
            statement.setLong(1, me.value());
            try (ResultSet row = statement.executeQuery()) {
              return row.next() ? row.getLong(1) : 0L;
            }
          }
        });
  }

  @Override
  public List<MessageExport> allOf(UserId me) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(MessageSql.ALL_OF)) {
            statement.setLong(1, me.value());
            statement.setLong(2, me.value());
            List<MessageExport> messages = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                messages.add(
                    new MessageExport(
                        rows.getLong(1),
                        new Username(rows.getString(2)),
                        new Username(rows.getString(3)),
                        new MessageBody(rows.getString(4)),
                        rows.getObject(5, OffsetDateTime.class).toInstant()));
              }
            }
            return messages;
          }
        });
  }
}
