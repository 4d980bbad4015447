package org.microblog.application.service.message;

import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.message.Conversation;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Turns "my conversation with this name" into a {@link Conversation}: refuses an unknown name and
 * oneself. Sending across a block is refused by the send service (BlockGuard); reading what was
 * written before the block, and deleting one's own messages, stay possible (the list of
 * conversations leaves such a conversation out).
 */
final class Partners {
  private final LoadUserPort users;

  Partners(LoadUserPort users) {
    this.users = users;
  }

  /** The conversation and the partner's account. */
  Resolved resolve(UserId me, Username partner) {
    User found =
        users
            .findByUsername(partner)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "user.unknown", "User " + partner + " does not exist."));
    return new Resolved(Conversation.between(me, found.id()), found);
  }

  record Resolved(Conversation conversation, User partner) {}
}
