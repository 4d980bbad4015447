package org.microblog.application.port.in.post;

/** Deletes one's own post. */
public interface DeletePostUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown post, FORBIDDEN
   *     when the requester is not the author
   */
  void delete(DeletePostCommand command);
}
