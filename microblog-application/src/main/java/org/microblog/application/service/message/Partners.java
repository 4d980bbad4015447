package org.microblog.application.service.message;

import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.message.Conversation;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Turns "my conversation with this name" into a {@link Conversation}: refuses an unknown name and
 * oneself. Blocks are refused by the services that send and show messages (BlockGuard); deleting
 * one's own message stays possible across a block.
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
