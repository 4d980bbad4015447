package org.microblog.application.port.in.message;

/**
 * Removes a message from one participant's view only; the other still sees it. A message that is
 * not in the person's conversation with the named partner (or already removed from their view) is
 * refused as not found ({@code message.unknown}), so nobody learns of others' messages.
 */
public interface DeleteMessageUseCase {
  void delete(DeleteMessageCommand command);
}
