package org.microblog.application.port.in.twofactor;

import org.microblog.domain.twofactor.SecondFactor;
import org.microblog.domain.user.UserId;

/** The second login step: an app's code (once per step) or an unused recovery code. */
public interface VerifySecondFactorUseCase {
  /**
   * @return true when the code is right and unused; it is then used up
   */
  boolean verify(UserId user, SecondFactor code);
}
