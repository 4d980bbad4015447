package org.microblog.application.port.in.block;

/**
 * Blocks someone: the follows between the two end (both ways) and neither can reach the other any
 * more. Blocking again changes nothing.
 */
public interface BlockUserUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown user, INVALID for
   *     oneself
   */
  void block(BlockCommand command);
}
