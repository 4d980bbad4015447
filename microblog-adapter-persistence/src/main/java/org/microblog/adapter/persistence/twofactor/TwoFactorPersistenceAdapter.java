package org.microblog.adapter.persistence.twofactor;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.twofactor.TotpSecret;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.UserId;

/**
 * Two-factor settings in {@code two_factor} and {@code recovery_codes}. The secret is written as
 * base32 text; the mapping is two value objects, so it is written here rather than by MapStruct.
 */
@Singleton
public class TwoFactorPersistenceAdapter implements TwoFactorPort {
  private final TwoFactorRepository rows;

  TwoFactorPersistenceAdapter(TwoFactorRepository rows) {
    this.rows = rows;
  }

  @Override
  public Optional<TwoFactor> find(UserId user) {
    return rows.findById(user.value())
        .map(row -> new TwoFactor(user, TotpSecret.parse(row.secret()), row.lastUsedStep()));
  }

  /** Codes and settings together or not at all. */
  @Override
  @Transactional
  public void enable(TwoFactor twoFactor, List<TokenHash> recoveryCodes) {
    long user = twoFactor.user().value();
    rows.removeRecoveryCodes(user);
    recoveryCodes.forEach(code -> rows.addRecoveryCode(user, code.value()));
    rows.save(new TwoFactorEntity(user, twoFactor.secret().base32(), twoFactor.lastUsedStep()));
  }

  @Override
  @Transactional
  public void disable(UserId user) {
    rows.removeRecoveryCodes(user.value());
    rows.remove(user.value());
  }

  @Override
  public boolean useStep(UserId user, long step) {
    return rows.useStep(user.value(), step) == 1;
  }

  @Override
  public boolean useRecoveryCode(UserId user, TokenHash code) {
    return rows.useRecoveryCode(user.value(), code.value()) == 1;
  }

  @Override
  public int recoveryCodesLeft(UserId user) {
    return rows.countRecoveryCodes(user.value());
  }
}
