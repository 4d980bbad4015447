package org.microblog.boot.usecase;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.microblog.application.Microblog;
import org.microblog.application.port.in.block.BlockQuery;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.BlockedAccountsQuery;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;

/** The use cases of {@code port.in.block} (blocks and mutes) as beans. */
@Factory
final class BlockUseCaseBeans {

  @Singleton
  BlockUserUseCase blockUser(Microblog microblog) {
    return microblog.blockUser();
  }

  @Singleton
  UnblockUserUseCase unblockUser(Microblog microblog) {
    return microblog.unblockUser();
  }

  @Singleton
  MuteUserUseCase muteUser(Microblog microblog) {
    return microblog.muteUser();
  }

  @Singleton
  UnmuteUserUseCase unmuteUser(Microblog microblog) {
    return microblog.unmuteUser();
  }

  @Singleton
  BlockQuery blocks(Microblog microblog) {
    return microblog.blocks();
  }

  // Client API (api-people)

  @Singleton
  BlockedAccountsQuery blockedAccounts(Microblog microblog) {
    return microblog.blockedAccounts();
  }
}
