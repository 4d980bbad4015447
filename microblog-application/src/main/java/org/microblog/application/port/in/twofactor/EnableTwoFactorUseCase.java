package org.microblog.application.port.in.twofactor;

import java.util.List;
import org.microblog.domain.twofactor.RecoveryCode;

/** Turns two-factor authentication on once a code from the new secret proves the app has it. */
public interface EnableTwoFactorUseCase {
  /**
   * @return the recovery codes, to be shown once: only their hashes are kept
   */
  List<RecoveryCode> enable(EnableTwoFactorCommand command);
}
