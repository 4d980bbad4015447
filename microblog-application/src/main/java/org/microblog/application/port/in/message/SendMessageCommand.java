package org.microblog.application.port.in.message;

import java.util.Objects;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Someone sends a private message to a person named by username. */
public record SendMessageCommand(UserId sender, Username recipient, MessageBody body) {
  public SendMessageCommand {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(body, "body");
  }
}
