package org.microblog.adapter.persistence.account;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;

/** Between {@code account_tokens} rows and domain tokens; purposes are stored by name. */
@Mapper(componentModel = "jakarta", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AccountTokenEntityMapper {

  @Mapping(target = "hash", source = "tokenHash")
  @Mapping(target = "user", source = "userId")
  AccountToken toDomain(AccountTokenEntity entity);

  @Mapping(target = "tokenHash", source = "hash")
  @Mapping(target = "userId", source = "user")
  AccountTokenEntity toEntity(AccountToken token);

  default TokenHash hash(String value) {
    return new TokenHash(value);
  }

  default String hash(TokenHash hash) {
    return hash.value();
  }

  default UserId userId(long id) {
    return new UserId(id);
  }

  default long userId(UserId id) {
    return id.value();
  }

  default EmailAddress email(String value) {
    return new EmailAddress(value);
  }

  default String email(EmailAddress email) {
    return email.value();
  }
}
