package org.microblog.application.port.in.message;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.user.Username;

/** One of a person's messages as their account export lists it. */
public record MessageExport(
    long id, Username sender, Username recipient, MessageBody body, Instant sentAt) {
  public MessageExport {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
