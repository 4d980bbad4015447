package org.microblog.application.port.in.block;

/** Mutes someone, silently: their posts and notifications are hidden from the muter only. */
public interface MuteUserUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown user, INVALID for
   *     oneself
   */
  void mute(BlockCommand command);
}
