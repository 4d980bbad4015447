package org.microblog.domain.message;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.user.UserId;

/**
 * A message about to be stored: sent by {@code conversation.me()} to {@code conversation.partner()}
 * at {@code sentAt}. It reaches the recipient unread.
 */
public record NewMessage(Conversation conversation, MessageBody body, Instant sentAt) {
  public NewMessage {
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sentAt, "sentAt");
  }

  public UserId sender() {
    return conversation.me();
  }

  public UserId recipient() {
    return conversation.partner();
  }
}
