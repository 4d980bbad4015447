package org.microblog.application.port.in.block;

/** Lifts one's block of someone (the ended follows stay ended); again changes nothing. */
public interface UnblockUserUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown user, INVALID for
   *     oneself
   */
  void unblock(BlockCommand command);
}
