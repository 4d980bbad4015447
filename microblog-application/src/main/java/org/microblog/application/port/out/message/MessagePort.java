package org.microblog.application.port.out.message;

import java.util.List;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.message.Conversation;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.message.NewMessage;
import org.microblog.domain.user.UserId;

/**
 * Stored private messages. Each person has one line per conversation partner (its newest message
 * and their unread count there) and an unread-messages total kept on their account, both moved in
 * the transaction that sends or reads, so that neither the list nor the navigation bar counts rows.
 * A store removes an account's messages, both ways, with the account, and takes them out of the
 * partners' counts.
 */
public interface MessagePort {
  /** Stores the message, unread by the recipient. */
  MessageId add(NewMessage message);

  /**
   * The messages of {@code conversation} that {@code conversation.me()} can see, by keyset: for
   * {@code OLDER}, ids below the cursor newest first; for {@code NEWER}, ids above it oldest first;
   * at most {@link PageRequest#fetchSize()}.
   */
  List<MessageView> slice(Conversation conversation, PageRequest page);

  /** Marks every message of the partner to me read; my counts drop by as many. */
  void markRead(Conversation conversation);

  /** My conversations whose newest message id is below {@code beforeId}, newest first. */
  List<ConversationLine> conversations(UserId me, long beforeId, int max);

  /**
   * Removes the message from {@code conversation.me()}'s view.
   *
   * @return false when it is not a message of this conversation that I still see
   */
  boolean hide(Conversation conversation, MessageId id);

  /** My stored total of unread messages. */
  long unreadCount(UserId me);

  /** Every message I can see, sent or received, oldest first. */
  List<MessageExport> allOf(UserId me);
}
