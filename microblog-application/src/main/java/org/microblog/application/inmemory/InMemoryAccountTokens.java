package org.microblog.application.inmemory;

import java.util.Optional;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenHash;

/** Mailed link tokens in memory, by hash; each can be consumed once. */
public final class InMemoryAccountTokens implements AccountTokenPort {

  private final InMemoryTables tables;

  InMemoryAccountTokens(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public void add(AccountToken token) {
    tables.locked(() -> tables.tokens.put(token.hash(), token));
  }

  @Override
  public void retireOthers(AccountToken newest) {
    tables.locked(() -> tables.tokens.values().removeIf(token -> token.isRetiredBy(newest)));
  }

  @Override
  public Optional<AccountToken> find(TokenHash hash) {
    return tables.locked(() -> Optional.ofNullable(tables.tokens.get(hash)));
  }

  @Override
  public boolean consume(TokenHash hash) {
    return tables.locked(
        () -> {
          AccountToken token = tables.tokens.get(hash);
          if (token == null || token.used()) {
            return false;
          }
          tables.tokens.put(hash, token.asUsed());
          return true;
        });
  }

  @Override
  public void delete(TokenHash hash) {
    tables.locked(() -> tables.tokens.remove(hash));
  }
}
