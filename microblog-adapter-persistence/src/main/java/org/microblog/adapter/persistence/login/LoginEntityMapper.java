package org.microblog.adapter.persistence.login;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.microblog.adapter.persistence.support.UserValueMappings;
import org.microblog.domain.login.BrowserDescription;
import org.microblog.domain.login.ClientNetwork;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;

/** Between {@code logins} rows and domain logins. */
@Mapper(
    componentModel = "jakarta",
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    uses = UserValueMappings.class)
interface LoginEntityMapper {

  @Mapping(target = "user", source = "userId")
  Login toDomain(LoginEntity entity);

  @Mapping(target = "userId", source = "user")
  LoginEntity toEntity(Login login);

  @Mapping(target = "user", source = "userId")
  Login toDomain(LoginCheckRow row);

  default LoginId loginId(String value) {
    return new LoginId(value);
  }

  default String loginId(LoginId id) {
    return id.value();
  }

  default BrowserDescription browser(String value) {
    return new BrowserDescription(value);
  }

  default String browser(BrowserDescription browser) {
    return browser.value();
  }

  default ClientNetwork network(String value) {
    return new ClientNetwork(value);
  }

  default String network(ClientNetwork network) {
    return network.value();
  }
}
