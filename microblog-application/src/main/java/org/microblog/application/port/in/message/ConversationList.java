package org.microblog.application.port.in.message;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of someone's conversations, the most recently active first.
 *
 * @param older the cursor of the next page, if there is one
 */
public record ConversationList(List<ConversationLine> lines, OptionalLong older) {
  public ConversationList {
    lines = List.copyOf(lines);
    java.util.Objects.requireNonNull(older, "older");
  }
}
