package org.microblog.domain.message;

import java.util.Objects;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * The private conversation between two distinct people, as one of them ({@code me}) sees it: a
 * conversation is always "mine with {@code partner}", so nobody can name a conversation they are
 * not in. Nobody messages themselves.
 *
 * <p>Blocks: the application refuses a message across a block (either way) with {@code
 * Block.refuse(Interaction.MESSAGE)} before it is stored, and leaves such a conversation out of
 * both people's lists; what was written before the block stays readable to each.
 */
public record Conversation(UserId me, UserId partner) {
  public Conversation {
    Objects.requireNonNull(me, "me");
    Objects.requireNonNull(partner, "partner");
    if (me.equals(partner)) {
      throw DomainException.invalid("message.self", "You cannot send messages to yourself.");
    }
  }

  /** The conversation of {@code me} with {@code partner}; refuses one with oneself. */
  public static Conversation between(UserId me, UserId partner) {
    return new Conversation(me, partner);
  }

  /** The same conversation as the partner sees it. */
  public Conversation seenByPartner() {
    return new Conversation(partner, me);
  }

  /** True when {@code person} is one of the two participants. */
  public boolean includes(UserId person) {
    return me.equals(person) || partner.equals(person);
  }
}
