package org.microblog.application.port.in.message;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.message.MessageId;

/**
 * A message as one participant sees it in their conversation.
 *
 * @param mine true when the reader sent it
 * @param unread true when it reached the reader after they last opened the conversation
 */
public record MessageView(
    MessageId id, boolean mine, MessageBody body, Instant sentAt, boolean unread) {
  public MessageView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
