package org.microblog.domain.message;

import org.microblog.domain.shared.DomainException;

/** A stored message's id: positive; newer messages have higher ids. */
public record MessageId(long value) {
  public MessageId {
    if (value <= 0) {
      throw DomainException.notFound("message.unknown", "There is no such message.");
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
