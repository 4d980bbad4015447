package org.microblog.application.service.message;

import java.util.List;
import org.microblog.application.port.in.message.ConversationView;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.message.ReadConversationUseCase;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.application.service.timeline.Pages;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * One keyset read per page (after the partner's lookup); the newest page, when it shows anything
 * unread, also marks the conversation read and makes this instance read the viewer's counts again.
 */
public final class ReadConversationService implements ReadConversationUseCase {
  private final Partners partners;
  private final MessagePort messages;
  private final ViewerChanges changes;

  public ReadConversationService(LoadUserPort users, MessagePort messages, ViewerChanges changes) {
    this.partners = new Partners(users);
    this.messages = messages;
    this.changes = changes;
  }

  @Override
  public ConversationView read(UserId reader, Username partner, PageRequest request) {
    Partners.Resolved resolved = partners.resolve(reader, partner);
    List<MessageView> fetched = messages.slice(resolved.conversation(), request);
    Page<MessageView> page = Pages.of(fetched, request, message -> message.id().value());
    if (request.isFirst() && page.items().stream().anyMatch(MessageView::unread)) {
      messages.markRead(resolved.conversation());
      changes.unreadChanged(reader);
    }
    return new ConversationView(resolved.partner().id(), resolved.partner().username(), page);
  }
}
