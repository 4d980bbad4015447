package org.microblog.domain.block;

/**
 * What one person does to reach another, each refused while either has blocked the other. Mentions
 * are not refused: a mention across a block is written but neither links nor notifies.
 */
public enum Interaction {
  FOLLOW("follow", "You cannot follow this account."),
  REPLY("inReplyTo", "You cannot reply to this account."),
  LIKE("like", "You cannot like posts of this account."),
  BOOST("boost", "You cannot boost posts of this account."),
  MESSAGE("body", "You cannot send messages to this account.");

  private final String field;
  private final String message;

  Interaction(String field, String message) {
    this.field = field;
    this.message = message;
  }

  /** The form field or action a refusal is about: the first part of its key. */
  public String field() {
    return field;
  }

  String refusalMessage() {
    return message;
  }
}
