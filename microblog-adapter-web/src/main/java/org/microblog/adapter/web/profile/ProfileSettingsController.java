package org.microblog.adapter.web.profile;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Optional;
import org.microblog.adapter.web.form.FormErrors;
import org.microblog.adapter.web.form.FormSubmission;
import org.microblog.adapter.web.language.LanguageOption;
import org.microblog.adapter.web.login.CurrentViewer;
import org.microblog.adapter.web.login.LoginCookies;
import org.microblog.adapter.web.login.Viewer;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.PageModel;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.language.ChooseLanguageCommand;
import org.microblog.application.port.in.language.ChooseLanguageUseCase;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.in.user.UpdateProfileCommand;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/**
 * Changing one's own username, about me, whether search may show one's posts, and the language of
 * one's pages and mails. There is no way to name someone else's account.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/settings/profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProfileSettingsController {
  private static final String VIEW = "profile/settings";
  private final AccountQuery accounts;
  private final UpdateProfileUseCase updateProfile;
  private final LoginCookies loginCookies;
  private final ChooseLanguageUseCase chooseLanguage;

  ProfileSettingsController(
      AccountQuery accounts,
      UpdateProfileUseCase updateProfile,
      LoginCookies loginCookies,
      ChooseLanguageUseCase chooseLanguage) {
    this.accounts = accounts;
    this.updateProfile = updateProfile;
    this.loginCookies = loginCookies;
    this.chooseLanguage = chooseLanguage;
  }

  @Get
  HttpResponse<?> form(Authentication authentication) {
    Viewer viewer = CurrentViewer.required(authentication);
    AccountView account = accounts.account(viewer.id()).orElseThrow(UsernamePath::unknown);
    ProfileSettingsForm form =
        new ProfileSettingsForm(
            account.username().value(),
            account.about().value(),
            account.postsFindable() ? ProfileSettingsForm.TICKED : null,
            account.language().map(Language::code).orElse(""));
    return HttpResponse.ok(new ModelAndView<>(VIEW, model(form, account.language()).asMap()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(Authentication authentication, @Body ProfileSettingsForm form) {
    Viewer viewer = CurrentViewer.required(authentication);
    FormErrors errors = new FormErrors();
    Optional<Username> username = errors.attempt(() -> new Username(form.username()));
    Optional<AboutMe> about = errors.attempt(() -> new AboutMe(form.about()));
    Optional<Optional<Language>> language = errors.attempt(form::chosenLanguage);
    return FormSubmission.of(errors)
        .then(
            () -> {
              updateProfile.update(
                  new UpdateProfileCommand(
                      viewer.id(), username.orElseThrow(), about.orElseThrow(), form.findable()));
              chooseLanguage.choose(new ChooseLanguageCommand(viewer.id(), language.orElseThrow()));
              return saved(viewer, username.orElseThrow(), authentication);
            },
            status ->
                FormSubmission.page(
                    status, VIEW, model(form, language.orElse(Optional.empty())), errors));
  }

  private static PageModel model(ProfileSettingsForm form, Optional<Language> language) {
    return PageModel.of("form", form).with("languageChoices", LanguageOption.all(language));
  }

  /** The login token carries the name shown in the navigation bar, so it is renewed. */
  private HttpResponse<?> saved(Viewer viewer, Username username, Authentication authentication) {
    MutableHttpResponse<?> response =
        HttpResponse.seeOther(URI.create(Links.profile(username.value())));
    loginCookies.renew(response, new AuthenticatedUser(viewer.id(), username), authentication);
    return response;
  }
}
