package org.microblog.application.port.in.post;

import java.util.Objects;
import java.util.Set;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * An account that a mentioned name belongs to, as one read of a page's mentions finds it.
 *
 * @param username the name as the account spells it (a mention may write it in another case)
 * @param blockedWith those of the page's authors it has a block with, either way
 */
public record MentionedAccount(UserId id, Username username, Set<UserId> blockedWith) {
  public MentionedAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    blockedWith = Set.copyOf(blockedWith);
  }
}
