package org.microblog.adapter.persistence.account;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.microblog.adapter.persistence.support.UserValueMappings;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenHash;

/** Between {@code account_tokens} rows and domain tokens; purposes are stored by name. */
@Mapper(
    componentModel = "jakarta",
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    uses = UserValueMappings.class)
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
}
