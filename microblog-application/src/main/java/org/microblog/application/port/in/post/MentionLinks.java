package org.microblog.application.port.in.post;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.microblog.domain.user.UserId;

/**
 * Which mentions on a page become links: the mentioned name belongs to an account, and no block
 * stands between that account and the post's author (a mention across a block neither links nor
 * notifies).
 *
 * @param acrossBlocks each mentioned name that belongs to an account ({@code
 *     Username#canonical()}), with the page's authors it has a block with, either way
 */
public record MentionLinks(Map<String, Set<UserId>> acrossBlocks) {
  public static final MentionLinks NONE = new MentionLinks(Map.of());

  public MentionLinks {
    acrossBlocks = Map.copyOf(acrossBlocks);
  }

  /** Links for these accounts from any author: no block anywhere. */
  public static MentionLinks unblocked(Set<String> existing) {
    return new MentionLinks(existing.stream().collect(Collectors.toMap(n -> n, n -> Set.of())));
  }

  /** The canonical names that a post by {@code author} links. */
  public Set<String> linkableFrom(UserId author) {
    return acrossBlocks.entrySet().stream()
        .filter(entry -> !entry.getValue().contains(author))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
