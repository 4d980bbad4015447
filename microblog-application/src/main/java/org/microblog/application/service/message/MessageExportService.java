package org.microblog.application.service.message;

import java.util.List;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.in.message.MessageExportQuery;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.domain.user.UserId;

/** Reads every message a person can see, for their account export. */
public final class MessageExportService implements MessageExportQuery {
  private final MessagePort messages;

  public MessageExportService(MessagePort messages) {
    this.messages = messages;
  }

  @Override
  public List<MessageExport> allMessagesOf(UserId me) {
    return messages.allOf(me);
  }
}
