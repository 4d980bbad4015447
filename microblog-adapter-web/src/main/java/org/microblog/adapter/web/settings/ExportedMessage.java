package org.microblog.adapter.web.settings;

import io.micronaut.serde.annotation.Serdeable;
import org.microblog.application.port.in.message.MessageExport;

/**
 * One private message in the export file, sent or received.
 *
 * @param sentAt ISO-8601 in UTC
 */
@Serdeable
public record ExportedMessage(long id, String from, String to, String text, String sentAt) {
  static ExportedMessage of(MessageExport message) {
    return new ExportedMessage(
        message.id(),
        message.sender().value(),
        message.recipient().value(),
        message.body().value(),
        message.sentAt().toString());
  }
}
