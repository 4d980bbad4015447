package org.microblog.adapter.web.message;

import org.microblog.adapter.web.form.PathValues;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Username;

/**
 * Values a message URL names: a username or a message id that breaks the rules names nothing that
 * can exist, so each is the 404 page.
 */
final class MessagePaths {
  static final String LIST = "/messages";

  private MessagePaths() {}

  static String conversation(String username) {
    return LIST + "/" + username;
  }

  static Username partner(String segment) {
    return PathValues.parse(
        segment,
        Username::new,
        () -> DomainException.notFound("user.unknown", "There is no user of that name."));
  }

  static MessageId message(String segment) {
    return PathValues.parse(
        segment,
        value -> {
          try {
            return new MessageId(Long.parseLong(value));
          } catch (NumberFormatException malformed) {
            throw DomainException.notFound("message.unknown", "There is no such message.");
          }
        },
        () -> DomainException.notFound("message.unknown", "There is no such message."));
  }
}
