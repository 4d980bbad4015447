package org.microblog.application.service.message;

import java.time.Clock;
import org.microblog.application.port.in.message.SendMessageCommand;
import org.microblog.application.port.in.message.SendMessageUseCase;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.service.block.BlockGuard;
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.domain.block.Interaction;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.message.NewMessage;

/**
 * Sends a message, stamped now, never across a block (either way); this instance forgets the
 * recipient's remembered counts so their next page shows the new unread number.
 */
public final class SendMessageService implements SendMessageUseCase {
  private final Partners partners;
  private final MessagePort messages;
  private final ViewerChanges changes;
  private final Clock clock;
  private final BlockGuard blocks;

  public SendMessageService(
      LoadUserPort users,
      MessagePort messages,
      ViewerChanges changes,
      Clock clock,
      BlockGuard blocks) {
    this.partners = new Partners(users);
    this.messages = messages;
    this.changes = changes;
    this.clock = clock;
    this.blocks = blocks;
  }

  @Override
  public MessageId send(SendMessageCommand command) {
    var conversation = partners.resolve(command.sender(), command.recipient()).conversation();
    blocks.refuseAcrossBlock(conversation.me(), conversation.partner(), Interaction.MESSAGE);
    MessageId id = messages.add(new NewMessage(conversation, command.body(), clock.instant()));
    changes.unreadChanged(conversation.partner());
    return id;
  }
}
