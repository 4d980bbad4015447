package org.microblog.application.inmemory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.UserId;

/**
 * Two-factor settings and recovery codes in the kit's shared tables, so that deleting an account
 * forgets them as the database's cascade does; same contract as the database.
 */
public final class InMemoryTwoFactor implements TwoFactorPort {
  private final InMemoryTables tables;

  InMemoryTwoFactor(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<TwoFactor> find(UserId user) {
    return tables.locked(() -> Optional.ofNullable(tables.twoFactor.get(user)));
  }

  @Override
  public void enable(TwoFactor twoFactor, List<TokenHash> codes) {
    tables.locked(
        () -> {
          tables.twoFactor.put(twoFactor.user(), twoFactor);
          tables.recoveryCodes.put(twoFactor.user(), new HashSet<>(codes));
        });
  }

  @Override
  public void disable(UserId user) {
    tables.locked(
        () -> {
          tables.twoFactor.remove(user);
          tables.recoveryCodes.remove(user);
        });
  }

  @Override
  public boolean useStep(UserId user, long step) {
    return tables.locked(
        () -> {
          TwoFactor current = tables.twoFactor.get(user);
          if (current == null || step <= current.lastUsedStep()) {
            return false;
          }
          tables.twoFactor.put(user, new TwoFactor(user, current.secret(), step));
          return true;
        });
  }

  @Override
  public boolean useRecoveryCode(UserId user, TokenHash code) {
    return tables.locked(
        () -> {
          Set<TokenHash> codes = tables.recoveryCodes.get(user);
          return codes != null && codes.remove(code);
        });
  }

  @Override
  public int recoveryCodesLeft(UserId user) {
    return tables.locked(() -> tables.recoveryCodes.getOrDefault(user, Set.of()).size());
  }
}
