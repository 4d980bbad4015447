package org.microblog.application.port.in.user;

/** Changes one's own username and about me. */
public interface UpdateProfileUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException CONFLICT when the username belongs to
   *     someone else
   */
  void update(UpdateProfileCommand command);
}
