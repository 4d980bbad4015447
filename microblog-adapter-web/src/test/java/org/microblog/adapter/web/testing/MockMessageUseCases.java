package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.message.ConversationsQuery;
import org.microblog.application.port.in.message.DeleteMessageUseCase;
import org.microblog.application.port.in.message.MessageExportQuery;
import org.microblog.application.port.in.message.ReadConversationUseCase;
import org.microblog.application.port.in.message.SendMessageUseCase;

/** The use cases of {@code port.in.message} (private messages) as Mockito mocks. */
@Factory
final class MockMessageUseCases {

  @Singleton
  SendMessageUseCase sendMessage() {
    return mock(SendMessageUseCase.class);
  }

  @Singleton
  ReadConversationUseCase readConversation() {
    return mock(ReadConversationUseCase.class);
  }

  @Singleton
  ConversationsQuery conversations() {
    return mock(ConversationsQuery.class);
  }

  @Singleton
  DeleteMessageUseCase deleteMessage() {
    return mock(DeleteMessageUseCase.class);
  }

  @Singleton
  MessageExportQuery messageExport() {
    return mock(MessageExportQuery.class);
  }
}
