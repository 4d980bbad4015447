package org.microblog.domain.block;

import java.util.Objects;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * One person muting another, silently: the muted person's posts and notifications are hidden from
 * the muter only, and the muted person can still follow, reply, like and boost. Nobody mutes
 * themselves. Unmuting undoes it.
 */
public record Mute(UserId muter, UserId muted) {
  public Mute {
    Objects.requireNonNull(muter, "muter");
    Objects.requireNonNull(muted, "muted");
    if (muter.equals(muted)) {
      throw DomainException.invalid("mute.self", "You cannot mute yourself.");
    }
  }

  /** True when this mute hides what {@code author} does from {@code viewer}. */
  public boolean hides(UserId author, UserId viewer) {
    return muter.equals(viewer) && muted.equals(author);
  }
}
