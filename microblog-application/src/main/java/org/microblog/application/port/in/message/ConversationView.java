package org.microblog.application.port.in.message;

import java.util.Objects;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** One page of the reader's conversation with {@code partner}, newest first. */
public record ConversationView(UserId partnerId, Username partner, Page<MessageView> messages) {
  public ConversationView {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(messages, "messages");
  }
}
