package org.microblog.application.port.in.message;

import org.microblog.domain.message.MessageId;

/**
 * Sends a private message; the recipient's unread count grows with it. Refused for oneself ({@code
 * message.self}) and an unknown name ({@code user.unknown}).
 */
public interface SendMessageUseCase {
  MessageId send(SendMessageCommand command);
}
