package org.microblog.application.service.block;

import java.util.List;
import java.util.OptionalLong;
import org.microblog.application.port.in.block.BlockedAccountsQuery;
import org.microblog.application.port.in.block.BlockedPage;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.domain.user.UserId;

/** One keyset read per page; the extra row fetched says whether another page follows. */
public final class BlockedAccountsService implements BlockedAccountsQuery {
  private final BlockPort blocks;

  public BlockedAccountsService(BlockPort blocks) {
    this.blocks = blocks;
  }

  @Override
  public BlockedPage blocked(UserId me, long beforeId, int limit) {
    int size = size(limit);
    return page(blocks.blockedIds(me, beforeId, size + 1), size);
  }

  @Override
  public BlockedPage muted(UserId me, long beforeId, int limit) {
    int size = size(limit);
    return page(blocks.mutedIds(me, beforeId, size + 1), size);
  }

  private static int size(int limit) {
    return Math.max(1, Math.min(limit, MAX_PER_PAGE));
  }

  private static BlockedPage page(List<UserId> fetched, int size) {
    List<UserId> people = fetched.subList(0, Math.min(fetched.size(), size));
    OptionalLong older =
        fetched.size() > size
            ? OptionalLong.of(people.get(people.size() - 1).value())
            : OptionalLong.empty();
    return new BlockedPage(people, older);
  }
}
