package org.microblog.adapter.web.api.me;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;

/** {@code GET /api/v1/accounts/verify_credentials}: the token's person, with their settings. */
@Controller("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CredentialsController {
  private final ProfileQuery profiles;
  private final AccountMapper accounts;

  CredentialsController(ProfileQuery profiles, AccountMapper accounts) {
    this.profiles = profiles;
    this.accounts = accounts;
  }

  @Get("/verify_credentials")
  @RequiredScope("read:accounts")
  CredentialAccount verifyCredentials(Authentication authentication) {
    ProfileView me =
        profiles.profiles(List.of(ApiCaller.person(authentication))).stream()
            .findFirst()
            .orElseThrow(ApiError.NotFound::new);
    AccountJson account = accounts.toJson(me);
    return new CredentialAccount(
        account, new Source("public", false, "", account.note(), List.of(), 0));
  }

  /** Mastodon's CredentialAccount: the Account and its {@code source}. */
  @Serdeable
  record CredentialAccount(@JsonUnwrapped AccountJson account, Source source) {}

  /** What the person set: every post is public, nothing is marked sensitive by default. */
  @Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
  record Source(
      String privacy,
      boolean sensitive,
      String language,
      String note,
      List<Object> fields,
      long followRequestsCount) {}
}
