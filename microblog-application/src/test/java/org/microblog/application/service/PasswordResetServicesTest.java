package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.account.RequestPasswordResetCommand;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase.Outcome;
import org.microblog.application.port.in.account.ResetPasswordCommand;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.UserId;

class PasswordResetServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final int mailsAfterRegistration = fx.blog.mailbox().sent().size();

  private Outcome request(String email) {
    return fx.blog
        .useCases()
        .requestPasswordReset()
        .request(new RequestPasswordResetCommand(new EmailAddress(email)));
  }

  private UserId reset(TokenValue token, String password) {
    return fx.blog
        .useCases()
        .resetPassword()
        .reset(new ResetPasswordCommand(token, new Password(password)));
  }

  private boolean canLogIn(String password) {
    return fx.blog
        .useCases()
        .authenticateUser()
        .authenticate(new AuthenticateUserCommand("alice", password))
        .isPresent();
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(key));
  }

  @Test
  void anUnknownAddressIsAnsweredLikeAKnownOneAndGetsNoMail() {
    assertThat(request("nobody@example.org")).isEqualTo(Outcome.ACCEPTED);

    assertThat(fx.blog.mailbox().sent()).hasSize(mailsAfterRegistration);
  }

  @Test
  void theMailCarriesATokenThatIsStoredOnlyAsItsHash() {
    assertThat(request("ALICE@example.org")).isEqualTo(Outcome.ACCEPTED);

    TokenValue token = fx.tokens.last();
    assertThat(fx.blog.mailbox().latestTo(new EmailAddress("alice@example.org")))
        .hasValueSatisfying(mail -> assertThat(mail.text()).contains(token.value()));
    assertThat(fx.blog.persistence().accountTokens().find(token.hash()))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.user()).isEqualTo(alice);
              assertThat(stored.purpose()).isEqualTo(TokenPurpose.RESET_PASSWORD);
              assertThat(stored.hash().value()).isNotEqualTo(token.value());
            });
  }

  @Test
  void aResetSetsTheNewPasswordEndsEveryLoginAndWorksOnce() {
    var login = fx.logIn(alice);
    request("alice@example.org");
    TokenValue token = fx.tokens.last();
    fx.clock.advance(Duration.ofMinutes(10));
    assertThat(fx.blog.useCases().loginValidity().isLoginValid(alice, login)).isTrue();

    assertThat(reset(token, "brand new password")).isEqualTo(alice);

    assertThat(canLogIn("brand new password")).isTrue();
    assertThat(canLogIn(fx.passwordOf("alice"))).isFalse();
    assertThat(fx.blog.useCases().loginValidity().isLoginValid(alice, login)).isFalse();
    assertRefused(() -> reset(token, "another password"), "token.used");
    assertThat(canLogIn("brand new password")).isTrue();
  }

  @Test
  void anExpiredLinkChangesNothing() {
    request("alice@example.org");
    TokenValue token = fx.tokens.last();
    fx.clock.advance(Duration.ofMinutes(30));

    assertRefused(() -> reset(token, "brand new password"), "token.expired");
    assertRefused(
        () -> fx.blog.useCases().accountTokens().ensureUsable(token, TokenPurpose.RESET_PASSWORD),
        "token.expired");
    assertThat(canLogIn(fx.passwordOf("alice"))).isTrue();
  }

  @Test
  void anUnknownLinkIsRefused() {
    assertRefused(
        () -> reset(new TokenValue("A".repeat(43)), "brand new password"), "token.unknown");
  }

  @Test
  void aVerificationLinkDoesNotResetPasswords() {
    TokenValue verification = fx.tokens.last();

    assertRefused(() -> reset(verification, "brand new password"), "token.unknown");
  }

  @Test
  void aNewerLinkReplacesTheOlderOne() {
    request("alice@example.org");
    TokenValue older = fx.tokens.last();
    request("alice@example.org");
    TokenValue newer = fx.tokens.last();

    assertRefused(() -> reset(older, "brand new password"), "token.unknown");
    assertThat(reset(newer, "brand new password")).isEqualTo(alice);
  }

  @Test
  void atMostThreeResetMailsPerAccountPerHour() {
    for (int i = 0; i < 4; i++) {
      assertThat(request("alice@example.org")).isEqualTo(Outcome.ACCEPTED);
    }
    assertThat(fx.blog.mailbox().sent()).hasSize(mailsAfterRegistration + 3);

    fx.clock.advance(Duration.ofMinutes(61));
    request("alice@example.org");

    assertThat(fx.blog.mailbox().sent()).hasSize(mailsAfterRegistration + 4);
  }

  @Test
  void aMailThatCannotBeSentLeavesNoValidLinkAndKeepsTheOlderOne() {
    request("alice@example.org");
    TokenValue delivered = fx.tokens.last();
    fx.blog.mailbox().failing(true);

    assertThat(request("alice@example.org")).isEqualTo(Outcome.MAIL_FAILED);

    TokenValue lost = fx.tokens.last();
    assertThat(lost).isNotEqualTo(delivered);
    assertThat(fx.blog.persistence().accountTokens().find(lost.hash())).isEmpty();
    assertRefused(() -> reset(lost, "brand new password"), "token.unknown");
    assertThat(reset(delivered, "brand new password")).isEqualTo(alice);
  }

  @Test
  void failedSendsDoNotCountAgainstTheLimit() {
    fx.blog.mailbox().failing(true);
    for (int i = 0; i < 3; i++) {
      request("alice@example.org");
    }
    fx.blog.mailbox().failing(false);

    assertThat(request("alice@example.org")).isEqualTo(Outcome.ACCEPTED);
    assertThat(fx.blog.persistence().accountTokens().find(fx.tokens.last().hash())).isPresent();
    assertThat(fx.blog.persistence().users().findByEmail(new EmailAddress("alice@example.org")))
        .map(u -> u.id())
        .isEqualTo(Optional.of(alice));
  }
}
