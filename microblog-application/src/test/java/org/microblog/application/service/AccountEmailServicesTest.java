package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.account.ChangeEmailCommand;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.application.service.block.BlockGuard;
import org.microblog.application.service.live.InProcessEventBus;
import org.microblog.application.service.login.RecentlyValidLogins;
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.application.service.notification.Notifier;
import org.microblog.application.service.post.PublishPostService;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class AccountEmailServicesTest {
  private final Fixtures fx = new Fixtures();

  private User user(UserId id) {
    return fx.blog.persistence().users().findById(id).orElseThrow();
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(key));
  }

  private void changeEmail(UserId id, String password, String email) {
    fx.blog
        .useCases()
        .changeEmail()
        .requestChange(new ChangeEmailCommand(id, password, new EmailAddress(email)));
  }

  @Test
  void registrationMailsAVerificationLinkThatVerifiesTheAddressOnce() {
    UserId alice = fx.register("alice");
    TokenValue token = fx.tokens.last();
    MailMessage mail =
        fx.blog.mailbox().latestTo(new EmailAddress("alice@example.org")).orElseThrow();
    assertThat(mail.text()).contains(token.value());
    assertThat(user(alice).emailVerified()).isFalse();
    assertThat(fx.blog.useCases().accounts().account(alice).orElseThrow().emailVerified())
        .isFalse();

    assertThat(fx.blog.useCases().verifyEmail().verify(token))
        .isEqualTo(new EmailAddress("alice@example.org"));

    assertThat(user(alice).emailVerified()).isTrue();
    assertRefused(() -> fx.blog.useCases().verifyEmail().verify(token), "token.used");
  }

  @Test
  void registrationSucceedsWhenTheMailServerIsDown() {
    fx.blog.mailbox().failing(true);

    UserId alice = fx.register("alice");

    assertThat(user(alice).emailVerified()).isFalse();
    assertThat(fx.blog.persistence().accountTokens().find(fx.tokens.last().hash())).isEmpty();
  }

  @Test
  void resendingIsLimitedAndPointlessOnceVerified() {
    UserId alice = fx.register("alice");
    fx.blog.useCases().sendVerification().send(alice);
    fx.blog.useCases().sendVerification().send(alice);

    assertRefused(
        () -> fx.blog.useCases().sendVerification().send(alice), "verification.rate-limited");

    fx.blog.useCases().verifyEmail().verify(fx.tokens.last());
    assertRefused(() -> fx.blog.useCases().sendVerification().send(alice), "verification.done");
  }

  @Test
  void aNewAddressReplacesTheOldOnlyOnceVerifiedAndTheOldAddressIsTold() {
    UserId alice = fx.register("alice");
    fx.blog.useCases().verifyEmail().verify(fx.tokens.last());

    changeEmail(alice, fx.passwordOf("alice"), "alice@new.example");

    assertThat(user(alice).email()).isEqualTo(new EmailAddress("alice@example.org"));
    TokenValue token = fx.tokens.last();
    assertThat(fx.blog.mailbox().latestTo(new EmailAddress("alice@new.example")))
        .hasValueSatisfying(mail -> assertThat(mail.text()).contains(token.value()));

    fx.blog.useCases().verifyEmail().verify(token);

    assertThat(user(alice).email()).isEqualTo(new EmailAddress("alice@new.example"));
    assertThat(user(alice).emailVerified()).isTrue();
    assertThat(fx.blog.mailbox().latestTo(new EmailAddress("alice@example.org")))
        .as("the notice is queued, not sent in the request")
        .hasValueSatisfying(mail -> assertThat(mail.subject()).doesNotContain("changed"));
    assertThat(fx.runDueJobs()).isEqualTo(1);
    assertThat(fx.blog.mailbox().latestTo(new EmailAddress("alice@example.org")))
        .hasValueSatisfying(mail -> assertThat(mail.subject()).contains("changed"));
  }

  @Test
  void changingTheAddressNeedsTheCurrentPasswordAndAFreeNewAddress() {
    UserId alice = fx.register("alice");
    fx.register("bob");

    assertRefused(() -> changeEmail(alice, "wrong password", "a@new.example"), "current.wrong");
    assertRefused(
        () -> changeEmail(alice, fx.passwordOf("alice"), "BOB@example.org"), "email.taken");
    assertRefused(
        () -> changeEmail(alice, fx.passwordOf("alice"), "Alice@Example.org"), "email.same");
  }

  @Test
  void anOperatorMayRequireAVerifiedAddressBeforePosting() {
    UserId alice = fx.register("alice");
    InProcessEventBus events = new InProcessEventBus();
    PublishPostService strict =
        new PublishPostService(
            fx.blog.persistence().posts(),
            fx.blog.persistence().threads(),
            fx.clock,
            fx.blog.persistence().users(),
            fx.blog.persistence().users(),
            new Notifier(
                fx.blog.persistence().notifications(),
                new ViewerChanges(new RecentlyValidLogins(Duration.ZERO, fx.clock), events),
                fx.clock),
            true,
            new BlockGuard(fx.blog.persistence().blocks()),
            events);
    PublishPostCommand post = new PublishPostCommand(alice, new PostText("hello"));

    assertRefused(() -> strict.publish(post), "body.unverified");

    fx.blog.useCases().verifyEmail().verify(fx.tokens.last());
    assertThat(strict.publish(post).value()).isPositive();
  }

  @Test
  void registeringWithAnAddressThatIsVerifiedElsewhereStillConflicts() {
    fx.register("alice");

    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .registerUser()
                    .register(
                        new RegisterUserCommand(
                            new Username("carol"),
                            new EmailAddress("alice@example.org"),
                            new Password("8chars-ok"))))
        .isInstanceOf(DomainException.class);
  }
}
