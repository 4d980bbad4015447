package org.microblog.adapter.persistence.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.account.MailQuotaPort;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.SendLimit;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.user.UserId;

/**
 * Mailed link tokens in {@code account_tokens} and the record of sent mails in {@code
 * account_mails}. Both live in the database rather than in memory so that several instances share
 * one view of which links work and how many mails went out.
 */
@Singleton
public class AccountTokenPersistenceAdapter implements AccountTokenPort, MailQuotaPort {
  private final AccountTokenRepository tokens;
  private final AccountMailRepository mails;
  private final AccountTokenEntityMapper mapper;

  AccountTokenPersistenceAdapter(
      AccountTokenRepository tokens, AccountMailRepository mails, AccountTokenEntityMapper mapper) {
    this.tokens = tokens;
    this.mails = mails;
    this.mapper = mapper;
  }

  @Override
  public void add(AccountToken token) {
    tokens.save(mapper.toEntity(token));
  }

  @Override
  public void retireOthers(AccountToken newest) {
    tokens.retireOthers(
        newest.user().value(), newest.purpose().name(), newest.hash().value(), newest.issuedAt());
  }

  @Override
  public Optional<AccountToken> find(TokenHash hash) {
    return tokens.findById(hash.value()).map(mapper::toDomain);
  }

  @Override
  public boolean consume(TokenHash hash) {
    return tokens.consume(hash.value()) == 1;
  }

  @Override
  public void delete(TokenHash hash) {
    tokens.remove(hash.value());
  }

  @Override
  public void recordSend(UserId user, TokenPurpose purpose, Instant sentAt) {
    mails.forgetBefore(user.value(), SendLimit.recordsExpireBefore(sentAt));
    mails.save(new AccountMailEntity(null, user.value(), purpose.name(), sentAt));
  }

  @Override
  public long sendsSince(UserId user, TokenPurpose purpose, Instant since) {
    return mails.countSince(user.value(), purpose.name(), since);
  }
}
