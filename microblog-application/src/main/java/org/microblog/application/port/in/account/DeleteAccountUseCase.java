package org.microblog.application.port.in.account;

/** Deletes one's account with its posts and follows; the username becomes free again. */
public interface DeleteAccountUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException INVALID {@code password.wrong}
   */
  void delete(DeleteAccountCommand command);
}
