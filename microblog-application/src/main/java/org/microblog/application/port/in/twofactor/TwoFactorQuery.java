package org.microblog.application.port.in.twofactor;

import org.microblog.domain.twofactor.TotpSecret;
import org.microblog.domain.user.UserId;

/** Reads two-factor settings and proposes a new secret; changes nothing. */
public interface TwoFactorQuery {
  TwoFactorStatus status(UserId user);

  /** A fresh random secret and its {@code otpauth://} URI for the QR code. */
  TwoFactorSetup newSetup(UserId user);

  /** The same setup again for a secret already shown (after a wrong code, say). */
  TwoFactorSetup setupWith(UserId user, TotpSecret secret);
}
