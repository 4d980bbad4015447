package org.microblog.application.service.post;

import java.util.Collection;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.out.post.ReaderInteractionsPort;
import org.microblog.application.port.out.user.ExistingAccountsPort;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** One read each, and none at all for an empty question. */
public final class PostCardsService implements PostCardsQuery {
  private final ExistingAccountsPort accounts;
  private final ReaderInteractionsPort interactions;

  public PostCardsService(ExistingAccountsPort accounts, ReaderInteractionsPort interactions) {
    this.accounts = accounts;
    this.interactions = interactions;
  }

  @Override
  public MentionLinks mentionLinks(Collection<Username> mentioned, Collection<UserId> authors) {
    return mentioned.isEmpty()
        ? MentionLinks.NONE
        : MentionLinks.of(accounts.existing(mentioned, authors));
  }

  @Override
  public ReaderInteractions interactions(UserId reader, Collection<PostId> posts) {
    return posts.isEmpty() ? ReaderInteractions.NONE : interactions.interactions(reader, posts);
  }
}
