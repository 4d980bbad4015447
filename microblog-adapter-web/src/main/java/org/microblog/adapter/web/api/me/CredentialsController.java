package org.microblog.adapter.web.api.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;
import org.microblog.adapter.web.api.ApiError;
import org.microblog.adapter.web.api.ApiForm;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.api.auth.RequiredScope;
import org.microblog.adapter.web.api.entity.AccountJson;
import org.microblog.adapter.web.api.entity.AccountMapper;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.in.user.UpdateProfileCommand;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;

/**
 * {@code GET /api/v1/accounts/verify_credentials}: the token's person, with their settings; {@code
 * PATCH /api/v1/accounts/update_credentials} changes their about me ({@code note}) through the
 * profile settings' own use case, so the same rules apply (422 with the domain's message). We have
 * no display name, avatar upload, fields or locked accounts: those parameters are ignored.
 */
@Controller("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CredentialsController {
  private final ProfileQuery profiles;
  private final AccountMapper accounts;
  private final AccountQuery ownAccounts;
  private final UpdateProfileUseCase updateProfile;
  private final JsonMapper json;

  CredentialsController(
      ProfileQuery profiles,
      AccountMapper accounts,
      AccountQuery ownAccounts,
      UpdateProfileUseCase updateProfile,
      JsonMapper json) {
    this.profiles = profiles;
    this.accounts = accounts;
    this.ownAccounts = ownAccounts;
    this.updateProfile = updateProfile;
    this.json = json;
  }

  @Get("/verify_credentials")
  @RequiredScope("read:accounts")
  CredentialAccount verifyCredentials(Authentication authentication) {
    return credentialAccount(ApiCaller.person(authentication));
  }

  /**
   * Form-encoded, multipart (text parts only) or JSON. A {@code note} that is present but empty
   * clears the about me; an absent one leaves it.
   */
  @Patch(
      value = "/update_credentials",
      consumes = {
        MediaType.APPLICATION_FORM_URLENCODED,
        MediaType.MULTIPART_FORM_DATA,
        MediaType.APPLICATION_JSON,
        MediaType.ALL
      })
  @RequiredScope("write:accounts")
  CredentialAccount updateCredentials(
      HttpRequest<?> request, Authentication authentication, @Body @Nullable String body) {
    UserId me = ApiCaller.person(authentication);
    ApiForm form = ApiForm.parse(body, request.getContentType(), json);
    Optional<String> note = form.all("note").stream().findFirst();
    if (note.isPresent()) {
      AboutMe about = new AboutMe(note.get());
      AccountView account = ownAccounts.account(me).orElseThrow(ApiError.NotFound::new);
      updateProfile.update(
          new UpdateProfileCommand(me, account.username(), about, account.postsFindable()));
    }
    return credentialAccount(me);
  }

  private CredentialAccount credentialAccount(UserId me) {
    ProfileView profile =
        profiles.profiles(List.of(me)).stream().findFirst().orElseThrow(ApiError.NotFound::new);
    AccountJson account = accounts.toJson(profile);
    return new CredentialAccount(
        account, new Source("public", false, "", profile.about().value(), List.of(), 0));
  }

  /** Mastodon's CredentialAccount: the Account and its {@code source}. */
  @Serdeable
  record CredentialAccount(@JsonUnwrapped AccountJson account, Source source) {}

  /**
   * What the person set, as they wrote it (the note in plain text): every post is public, nothing
   * is marked sensitive by default.
   */
  @Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Source(
      String privacy,
      boolean sensitive,
      String language,
      String note,
      List<Object> fields,
      long followRequestsCount) {}
}
