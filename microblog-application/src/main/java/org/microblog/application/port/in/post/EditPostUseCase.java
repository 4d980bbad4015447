package org.microblog.application.port.in.post;

/**
 * Edits one's own post, keeping the version it replaces for the post's history. An edit that
 * changes nothing records nothing. People it newly mentions are told.
 */
public interface EditPostUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown or deleted post,
   *     FORBIDDEN when the editor is not the author, CONFLICT when the post changed meanwhile
   */
  void edit(EditPostCommand command);
}
