package org.microblog.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Mute;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Blocks and mutes in memory: sets, so every write is idempotent; a block ends follows. */
public final class InMemoryBlocks implements BlockPort {
  private final InMemoryTables tables;

  InMemoryBlocks(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public void block(Block block) {
    tables.locked(
        () -> {
          if (tables.users.containsKey(block.blocker())
              && tables.users.containsKey(block.blocked())) {
            tables.blocks.add(block);
            block.severedFollows().forEach(tables.follows::remove);
          }
        });
  }

  @Override
  public void unblock(Block block) {
    tables.locked(() -> tables.blocks.remove(block));
  }

  @Override
  public void mute(Mute mute) {
    tables.locked(
        () -> {
          if (tables.users.containsKey(mute.muter()) && tables.users.containsKey(mute.muted())) {
            tables.mutes.add(mute);
          }
        });
  }

  @Override
  public void unmute(Mute mute) {
    tables.locked(() -> tables.mutes.remove(mute));
  }

  @Override
  public Relation relation(UserId viewer, UserId other) {
    return tables.locked(() -> relation(tables, viewer, other));
  }

  /** Where {@code viewer} stands with {@code other}; called inside {@code locked(...)}. */
  static Relation relation(InMemoryTables tables, UserId viewer, UserId other) {
    return new Relation(
        tables.blocks.stream()
            .anyMatch(b -> b.blocker().equals(viewer) && b.blocked().equals(other)),
        tables.blocks.stream()
            .anyMatch(b -> b.blocker().equals(other) && b.blocked().equals(viewer)),
        tables.mutes.stream().anyMatch(m -> m.hides(other, viewer)));
  }

  @Override
  public List<Username> blockedBy(UserId blocker, int max) {
    return tables.locked(
        () ->
            names(
                tables.blocks.stream().filter(b -> b.blocker().equals(blocker)).map(Block::blocked),
                max));
  }

  @Override
  public List<Username> mutedBy(UserId muter, int max) {
    return tables.locked(
        () ->
            names(
                tables.mutes.stream().filter(m -> m.muter().equals(muter)).map(Mute::muted), max));
  }

  private List<Username> names(Stream<UserId> people, int max) {
    return people
        .map(id -> tables.users.get(id).username())
        .sorted(Comparator.comparing(Username::canonical))
        .limit(max)
        .toList();
  }

  @Override
  public List<UserId> blockedIds(UserId blocker, long beforeId, int max) {
    return tables.locked(
        () ->
            idsBelow(
                tables.blocks.stream().filter(b -> b.blocker().equals(blocker)).map(Block::blocked),
                beforeId,
                max));
  }

  @Override
  public List<UserId> mutedIds(UserId muter, long beforeId, int max) {
    return tables.locked(
        () ->
            idsBelow(
                tables.mutes.stream().filter(m -> m.muter().equals(muter)).map(Mute::muted),
                beforeId,
                max));
  }

  private static List<UserId> idsBelow(Stream<UserId> people, long beforeId, int max) {
    return people
        .filter(id -> id.value() < beforeId)
        .sorted(Comparator.comparingLong(UserId::value).reversed())
        .limit(max)
        .toList();
  }
}
