package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.message.ConversationsQuery;
import org.microblog.application.port.in.message.DeleteMessageUseCase;
import org.microblog.application.port.in.message.MessageExportQuery;
import org.microblog.application.port.in.message.ReadConversationUseCase;
import org.microblog.application.port.in.message.SendMessageUseCase;

/** The use cases of {@code port.in.message} (private messages) as beans. */
@Factory
final class MessageUseCaseBeans {

  @Singleton
  SendMessageUseCase sendMessage(Microblog microblog) {
    return microblog.sendMessage();
  }

  @Singleton
  ReadConversationUseCase readConversation(Microblog microblog) {
    return microblog.readConversation();
  }

  @Singleton
  ConversationsQuery conversations(Microblog microblog) {
    return microblog.conversations();
  }

  @Singleton
  DeleteMessageUseCase deleteMessage(Microblog microblog) {
    return microblog.deleteMessage();
  }

  @Singleton
  MessageExportQuery messageExport(Microblog microblog) {
    return microblog.messageExport();
  }
}
