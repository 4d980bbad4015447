package org.microblog.application.port.out.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.microblog.application.port.in.post.MentionedAccount;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Which names belong to accounts, for mentions: one read for a whole page or post. */
public interface ExistingAccountsPort {
  /**
   * The {@link Username#canonical()} names among {@code names} that belong to accounts, each with
   * its account and those of {@code authors} it has a block with, either way (an empty set for
   * none).
   */
  Map<String, MentionedAccount> existing(Collection<Username> names, Collection<UserId> authors);

  /** The accounts that {@code names} name (ignoring case), each once: whom a post mentions. */
  List<UserId> idsOf(Collection<Username> names);
}
