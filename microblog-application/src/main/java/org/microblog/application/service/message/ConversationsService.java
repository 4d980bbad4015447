package org.microblog.application.service.message;

import java.util.List;
import java.util.OptionalLong;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.ConversationList;
import org.microblog.application.port.in.message.ConversationsQuery;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.domain.user.UserId;

/** One keyset read of the person's conversation lines per page. */
public final class ConversationsService implements ConversationsQuery {
  private final MessagePort messages;

  public ConversationsService(MessagePort messages) {
    this.messages = messages;
  }

  @Override
  public ConversationList conversations(UserId me, OptionalLong before) {
    List<ConversationLine> fetched =
        messages.conversations(me, before.orElse(Long.MAX_VALUE), PER_PAGE + 1);
    List<ConversationLine> lines = fetched.subList(0, Math.min(fetched.size(), PER_PAGE));
    OptionalLong older =
        fetched.size() > PER_PAGE
            ? OptionalLong.of(lines.get(lines.size() - 1).lastMessageId())
            : OptionalLong.empty();
    return new ConversationList(lines, older);
  }
}
