package org.microblog.application.service.message;

import org.microblog.application.port.in.message.DeleteMessageCommand;
import org.microblog.application.port.in.message.DeleteMessageUseCase;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.domain.shared.DomainException;

/**
 * Hides one message from the person's own view. The conversation is then marked read (the person is
 * looking at it), so that a hidden message never stays counted as unread.
 */
public final class DeleteMessageService implements DeleteMessageUseCase {
  private final Partners partners;
  private final MessagePort messages;
  private final ViewerChanges changes;

  public DeleteMessageService(LoadUserPort users, MessagePort messages, ViewerChanges changes) {
    this.partners = new Partners(users);
    this.messages = messages;
    this.changes = changes;
  }

  @Override
  public void delete(DeleteMessageCommand command) {
    var conversation = partners.resolve(command.me(), command.partner()).conversation();
    if (!messages.hide(conversation, command.message())) {
      throw DomainException.notFound("message.unknown", "There is no such message.");
    }
    messages.markRead(conversation);
    changes.unreadChanged(command.me());
  }
}
