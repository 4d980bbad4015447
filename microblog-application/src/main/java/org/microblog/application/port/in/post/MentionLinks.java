package org.microblog.application.port.in.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Which mentions on a page become links: the mentioned name belongs to an account, and no block
 * stands between that account and the post's author (a mention across a block neither links nor
 * notifies).
 *
 * @param acrossBlocks each mentioned name that belongs to an account ({@code
 *     Username#canonical()}), with the page's authors it has a block with, either way
 * @param accounts the accounts behind those names, where the read that made these links knew them
 *     (the client API lists them as a status's mentions)
 */
public record MentionLinks(
    Map<String, Set<UserId>> acrossBlocks, Map<String, MentionedAccount> accounts) {
  public static final MentionLinks NONE = new MentionLinks(Map.of(), Map.of());

  public MentionLinks {
    acrossBlocks = Map.copyOf(acrossBlocks);
    accounts = Map.copyOf(accounts);
  }

  /** Links for these names, their accounts unknown. */
  public MentionLinks(Map<String, Set<UserId>> acrossBlocks) {
    this(acrossBlocks, Map.of());
  }

  /** The links of the accounts a read found, by canonical name. */
  public static MentionLinks of(Map<String, MentionedAccount> existing) {
    return new MentionLinks(
        existing.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().blockedWith())),
        existing);
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

  /**
   * The accounts that a post by {@code author} mentions with links, each once, in the order of
   * {@code mentions} (the post's parsed mentions).
   */
  public List<MentionedAccount> linkedAccounts(UserId author, List<Username> mentions) {
    Set<String> linkable = linkableFrom(author);
    Map<String, MentionedAccount> found = new LinkedHashMap<>();
    for (Username mention : mentions) {
      String name = mention.canonical();
      if (linkable.contains(name)) {
        Optional.ofNullable(accounts.get(name)).ifPresent(a -> found.putIfAbsent(name, a));
      }
    }
    return List.copyOf(found.values());
  }
}
