package org.microblog.application.inmemory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.UserId;

/** Two-factor settings in maps, for embedders and tests; same contract as the database. */
public final class InMemoryTwoFactor implements TwoFactorPort {
  private final Map<UserId, TwoFactor> settings = new HashMap<>();
  private final Map<UserId, Set<TokenHash>> recoveryCodes = new HashMap<>();

  @Override
  public synchronized Optional<TwoFactor> find(UserId user) {
    return Optional.ofNullable(settings.get(user));
  }

  @Override
  public synchronized void enable(TwoFactor twoFactor, List<TokenHash> codes) {
    settings.put(twoFactor.user(), twoFactor);
    recoveryCodes.put(twoFactor.user(), new HashSet<>(codes));
  }

  @Override
  public synchronized void disable(UserId user) {
    settings.remove(user);
    recoveryCodes.remove(user);
  }

  @Override
  public synchronized boolean useStep(UserId user, long step) {
    TwoFactor current = settings.get(user);
    if (current == null || step <= current.lastUsedStep()) {
      return false;
    }
    settings.put(user, new TwoFactor(user, current.secret(), step));
    return true;
  }

  @Override
  public synchronized boolean useRecoveryCode(UserId user, TokenHash code) {
    Set<TokenHash> codes = recoveryCodes.get(user);
    return codes != null && codes.remove(code);
  }

  @Override
  public synchronized int recoveryCodesLeft(UserId user) {
    return recoveryCodes.getOrDefault(user, Set.of()).size();
  }
}
