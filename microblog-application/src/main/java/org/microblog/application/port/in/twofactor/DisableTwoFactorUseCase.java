package org.microblog.application.port.in.twofactor;

/** Turns two-factor authentication off; needs the password and a current code. */
public interface DisableTwoFactorUseCase {
  void disable(DisableTwoFactorCommand command);
}
