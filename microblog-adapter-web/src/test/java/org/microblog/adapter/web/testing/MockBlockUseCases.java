package org.microblog.adapter.web.testing;

import static org.mockito.Mockito.mock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.block.BlockQuery;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.BlockedAccountsQuery;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;

/** The use cases of {@code port.in.block} (blocks and mutes) as Mockito mocks. */
@Factory
final class MockBlockUseCases {

  @Singleton
  BlockUserUseCase blockUser() {
    return mock(BlockUserUseCase.class);
  }

  @Singleton
  UnblockUserUseCase unblockUser() {
    return mock(UnblockUserUseCase.class);
  }

  @Singleton
  MuteUserUseCase muteUser() {
    return mock(MuteUserUseCase.class);
  }

  @Singleton
  UnmuteUserUseCase unmuteUser() {
    return mock(UnmuteUserUseCase.class);
  }

  @Singleton
  BlockQuery blocks() {
    return mock(BlockQuery.class);
  }

  // Client API (api-people)

  @Singleton
  BlockedAccountsQuery blockedAccounts() {
    return mock(BlockedAccountsQuery.class);
  }
}
