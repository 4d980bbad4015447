package org.microblog.application.port.in.message;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * One line of someone's list of conversations: the partner, when the newest message went either
 * way, and how many of the partner's messages the person has not read.
 *
 * @param lastMessageId the newest message's id: the list's order and its keyset cursor
 */
public record ConversationLine(
    UserId partnerId, Username partner, long lastMessageId, Instant lastAt, long unread) {
  public ConversationLine {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(lastAt, "lastAt");
    if (unread < 0) {
      throw new IllegalArgumentException("unread must not be negative");
    }
  }
}
