package org.microblog.application.port.out.twofactor;

import java.util.List;
import java.util.Optional;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.UserId;

/** Two-factor settings: the TOTP secret, the last step used, the hashes of recovery codes. */
public interface TwoFactorPort {
  /** Empty while two-factor authentication is off. */
  Optional<TwoFactor> find(UserId user);

  /** Turns it on with the confirmed secret, the step of the confirming code and the codes. */
  void enable(TwoFactor twoFactor, List<TokenHash> recoveryCodes);

  /** Turns it off: the secret and every recovery code go. */
  void disable(UserId user);

  /**
   * Records that a code of {@code step} was used, only if it is later than the last used one: of
   * two requests racing with one code, on any instance, one wins.
   *
   * @return false when that step (or a later one) was used already
   */
  boolean useStep(UserId user, long step);

  /** Uses up a recovery code. @return false when the user has no such unused code */
  boolean useRecoveryCode(UserId user, TokenHash code);

  int recoveryCodesLeft(UserId user);
}
