package org.microblog.application.port.in.block;

/** Lifts one's mute of someone; again changes nothing. */
public interface UnmuteUserUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown user, INVALID for
   *     oneself
   */
  void unmute(BlockCommand command);
}
