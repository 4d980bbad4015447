package org.microblog.application.port.in.message;

import java.util.Objects;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Someone removes one message of their conversation with {@code partner} from their own view. */
public record DeleteMessageCommand(UserId me, Username partner, MessageId message) {
  public DeleteMessageCommand {
    Objects.requireNonNull(me, "me");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(message, "message");
  }
}
