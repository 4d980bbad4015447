package org.microblog.application.port.in.message;

import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Shows the reader their conversation with a person named by username, newest first by keyset;
 * opening its newest page marks the partner's messages read. Refused (with a domain exception) for
 * oneself or an unknown name.
 */
public interface ReadConversationUseCase {
  ConversationView read(UserId reader, Username partner, PageRequest page);
}
