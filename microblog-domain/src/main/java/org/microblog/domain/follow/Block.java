package org.microblog.domain.follow;

import java.util.List;
import java.util.Objects;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * One person blocking another; nobody blocks themselves. A block works both ways: it ends the
 * follows in both directions ({@link #severedFollows()}), neither may then follow, reply to, like
 * or boost the other ({@link #refuse}), mentions between them neither link nor notify, and neither
 * sees the other's posts in timelines, threads, tags or notifications. Unblocking undoes it (the
 * ended follows stay ended).
 */
public record Block(UserId blocker, UserId blocked) {
  public Block {
    Objects.requireNonNull(blocker, "blocker");
    Objects.requireNonNull(blocked, "blocked");
    if (blocker.equals(blocked)) {
      throw DomainException.invalid("block.self", "You cannot block yourself.");
    }
  }

  /** True when this block stands between the two people, whoever blocked whom. */
  public boolean between(UserId one, UserId other) {
    return (blocker.equals(one) && blocked.equals(other))
        || (blocker.equals(other) && blocked.equals(one));
  }

  /** The follows a block ends, in both directions; the application deletes those that exist. */
  public List<Follow> severedFollows() {
    return List.of(new Follow(blocker, blocked), new Follow(blocked, blocker));
  }

  /**
   * The refusal when someone tries to reach a person across a block, the same whichever side
   * blocked, so that it does not tell the blocked person more than they can see. Key {@code
   * <field>.blocked}, forbidden.
   */
  public static DomainException refuse(Interaction interaction) {
    return DomainException.forbidden(
        interaction.field() + ".blocked", interaction.refusalMessage());
  }
}
