package org.microblog.application.port.in.message;

import java.util.OptionalLong;
import org.microblog.domain.user.UserId;

/** Someone's conversations, one line per partner, the most recently active first. */
public interface ConversationsQuery {
  /** How many lines a page shows. */
  int PER_PAGE = 20;

  /**
   * @param before lines whose newest message is older than this message id (the "older" link's
   *     cursor); empty for the first page
   */
  ConversationList conversations(UserId me, OptionalLong before);
}
