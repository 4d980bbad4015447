package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.language.ChooseLanguageCommand;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.post.EditPostCommand;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostLanguage;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * An account's language (recorded at registration, chosen later, carried by the login check) and a
 * post's (given, else its author's).
 */
class LanguageServicesTest {
  private final Fixtures fx = new Fixtures();

  @Test
  void registrationRecordsTheLanguageThePageWasShownIn() {
    UserId carmen = registerSpeaking("carmen", Optional.of(Language.SPANISH));
    UserId alice = fx.register("alice");

    assertThat(account(carmen).language()).contains(Language.SPANISH);
    assertThat(account(alice).language()).isEmpty();
  }

  @Test
  void theLoginCheckCarriesTheAccountsLanguage() {
    UserId carmen = registerSpeaking("carmen", Optional.of(Language.SPANISH));
    LoginId login = fx.logIn(carmen);

    assertThat(fx.blog.useCases().loginValidity().status(carmen, login))
        .contains(new LoginStatus(0, 0, Optional.of(Language.SPANISH)));
  }

  @Test
  void aNewChoiceShowsOnTheNextPageAlthoughTheLoginIsRemembered() {
    UserId alice = fx.register("alice");
    LoginId login = fx.logIn(alice);
    var validity = fx.blog.useCases().loginValidity();
    assertThat(validity.status(alice, login).orElseThrow().language()).isEmpty();
    assertThat(validity.knownStatus(alice, login)).as("remembered").isPresent();

    choose(alice, Optional.of(Language.GERMAN));

    assertThat(validity.status(alice, login).orElseThrow().language()).contains(Language.GERMAN);
    assertThat(account(alice).language()).contains(Language.GERMAN);
  }

  @Test
  void goingBackToAutomaticLeavesTheAccountWithoutALanguage() {
    UserId carmen = registerSpeaking("carmen", Optional.of(Language.SPANISH));
    LoginId login = fx.logIn(carmen);
    fx.blog.useCases().loginValidity().status(carmen, login);

    choose(carmen, Optional.empty());

    assertThat(account(carmen).language()).isEmpty();
    assertThat(fx.blog.useCases().loginValidity().status(carmen, login).orElseThrow().language())
        .isEmpty();
  }

  @Test
  void aChoiceConcernsOnlyTheOnesOwnAccount() {
    UserId alice = fx.register("alice");
    UserId bob = fx.register("bob");
    LoginId bobsLogin = fx.logIn(bob);

    choose(alice, Optional.of(Language.SPANISH));
    fx.clock.advance(Duration.ofMinutes(1));

    assertThat(account(bob).language()).isEmpty();
    assertThat(fx.blog.useCases().loginValidity().status(bob, bobsLogin).orElseThrow().language())
        .isEmpty();
  }

  @Test
  void aPostKeepsTheLanguageItWasGivenThroughEdits() {
    UserId carmen = registerSpeaking("carmen", Optional.of(Language.SPANISH));

    PostId post = publish(carmen, "Guten Tag", Optional.of(new PostLanguage("de")));
    fx.blog
        .useCases()
        .editPost()
        .edit(
            new EditPostCommand(carmen, post, new PostText("Guten Abend"), ContentWarning.none()));

    assertThat(languageOf(post)).contains(new PostLanguage("de"));
  }

  @Test
  void aPostGivenNoLanguageIsInItsAuthorsAccountLanguageOrNone() {
    UserId carmen = registerSpeaking("carmen", Optional.of(Language.SPANISH));
    UserId alice = fx.register("alice");

    PostId spanish = publish(carmen, "hola", Optional.empty());
    PostId unknown = publish(alice, "hello", Optional.empty());

    assertThat(languageOf(spanish)).contains(new PostLanguage("es"));
    assertThat(languageOf(unknown)).isEmpty();
  }

  private PostId publish(UserId author, String text, Optional<PostLanguage> language) {
    return fx.blog
        .useCases()
        .publishPost()
        .publish(
            new PublishPostCommand(
                author,
                new PostText(text),
                Optional.empty(),
                ContentWarning.none(),
                Optional.empty(),
                language));
  }

  private Optional<PostLanguage> languageOf(PostId post) {
    return fx.blog.useCases().timelines().explore(PageRequest.first()).items().stream()
        .filter(view -> view.id().equals(post))
        .findFirst()
        .orElseThrow()
        .language();
  }

  private UserId registerSpeaking(String name, Optional<Language> language) {
    return fx.blog
        .useCases()
        .registerUser()
        .register(
            new RegisterUserCommand(
                new Username(name),
                new EmailAddress(name + "@example.org"),
                new Password(fx.passwordOf(name)),
                language));
  }

  private void choose(UserId user, Optional<Language> language) {
    fx.blog.useCases().chooseLanguage().choose(new ChooseLanguageCommand(user, language));
  }

  private AccountView account(UserId user) {
    return fx.blog.useCases().accounts().account(user).orElseThrow();
  }
}
