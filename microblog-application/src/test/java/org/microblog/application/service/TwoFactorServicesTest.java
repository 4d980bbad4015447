package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.twofactor.DisableTwoFactorCommand;
import org.microblog.application.port.in.twofactor.EnableTwoFactorCommand;
import org.microblog.application.port.in.twofactor.TwoFactorSetup;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.twofactor.RecoveryCode;
import org.microblog.domain.twofactor.SecondFactor;
import org.microblog.domain.twofactor.Totp;
import org.microblog.domain.twofactor.TotpCode;
import org.microblog.domain.twofactor.TotpSecret;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;

class TwoFactorServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");

  private String codeNow(TotpSecret secret, int stepsAhead) {
    return Totp.code(secret, Totp.stepAt(fx.clock.instant()) + stepsAhead, Totp.DIGITS);
  }

  private boolean verify(String typed) {
    return fx.blog.useCases().verifySecondFactor().verify(alice, SecondFactor.typed(typed));
  }

  private TotpSecret turnOn() {
    TwoFactorSetup setup = fx.blog.useCases().twoFactor().newSetup(alice);
    confirm(setup);
    return setup.secret();
  }

  private List<RecoveryCode> confirm(TwoFactorSetup setup) {
    return fx.blog
        .useCases()
        .enableTwoFactor()
        .enable(
            new EnableTwoFactorCommand(
                alice, setup.secret(), new TotpCode(codeNow(setup.secret(), 0))));
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(key));
  }

  @Test
  void aSetupProposesASecretAndStoresNothingUntilConfirmed() {
    TwoFactorSetup setup = fx.blog.useCases().twoFactor().newSetup(alice);

    assertThat(setup.otpauthUri())
        .isEqualTo(
            "otpauth://totp/Microblog%3Aalice?secret="
                + setup.secret().base32()
                + "&issuer=Microblog");
    assertThat(fx.blog.useCases().twoFactor().status(alice).on()).isFalse();
    assertRefused(
        () ->
            fx.blog
                .useCases()
                .enableTwoFactor()
                .enable(new EnableTwoFactorCommand(alice, setup.secret(), new TotpCode("000000"))),
        "code.wrong");
    assertThat(fx.blog.useCases().twoFactor().status(alice).on()).isFalse();
  }

  @Test
  void confirmingTurnsItOnGivesTenRecoveryCodesAndMailsThePerson() {
    TwoFactorSetup setup = fx.blog.useCases().twoFactor().newSetup(alice);

    List<RecoveryCode> codes = confirm(setup);

    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(fx.blog.useCases().twoFactor().status(alice).recoveryCodesLeft()).isEqualTo(10);
    assertThat(fx.blog.mailbox().latestTo(new EmailAddress("alice@example.org")))
        .hasValueSatisfying(m -> assertThat(m.subject()).contains("on"));
  }

  @Test
  void aCodeWorksOnceAndTheConfirmingCodeIsUsedUp() {
    TotpSecret secret = turnOn();

    assertThat(verify(codeNow(secret, 0))).as("the confirming code's step").isFalse();
    fx.clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
    String next = codeNow(secret, 0);
    assertThat(verify(next)).isTrue();
    assertThat(verify(next)).as("replayed").isFalse();
  }

  @Test
  void oneStepOfDriftEitherWayIsAcceptedButNotTwo() {
    TotpSecret secret = turnOn();
    fx.clock.advance(Duration.ofMinutes(5));

    assertThat(verify(codeNow(secret, 2))).isFalse();
    assertThat(verify(codeNow(secret, -2))).isFalse();
    assertThat(verify(codeNow(secret, -1))).isTrue();
    assertThat(verify(codeNow(secret, 1))).isTrue();
    assertThat(verify(codeNow(secret, 0))).as("older than the step just used").isFalse();
  }

  @Test
  void recoveryCodesWorkOnceEach() {
    TwoFactorSetup setup = fx.blog.useCases().twoFactor().newSetup(alice);
    List<RecoveryCode> codes = confirm(setup);

    assertThat(verify(codes.get(3).value().toUpperCase())).isTrue();
    assertThat(verify(codes.get(3).value())).as("used").isFalse();
    assertThat(verify("aaaaa-aaaaa")).isFalse();
    assertThat(fx.blog.useCases().twoFactor().status(alice).recoveryCodesLeft()).isEqualTo(9);
  }

  @Test
  void turningItOffNeedsThePasswordAndACurrentCode() {
    TotpSecret secret = turnOn();
    fx.clock.advance(Duration.ofMinutes(1));
    var disable = fx.blog.useCases().disableTwoFactor();

    assertRefused(
        () ->
            disable.disable(
                new DisableTwoFactorCommand(alice, "wrong", new TotpCode(codeNow(secret, 0)))),
        "password.wrong");
    assertRefused(
        () ->
            disable.disable(
                new DisableTwoFactorCommand(
                    alice, fx.passwordOf("alice"), new TotpCode(codeNow(secret, 5)))),
        "code.wrong");
    assertThat(fx.blog.useCases().twoFactor().status(alice).on()).isTrue();

    disable.disable(
        new DisableTwoFactorCommand(
            alice, fx.passwordOf("alice"), new TotpCode(codeNow(secret, 0))));

    assertThat(fx.blog.useCases().twoFactor().status(alice).on()).isFalse();
    assertThat(verify(codeNow(secret, 1))).isFalse();
    assertThat(fx.blog.mailbox().latestTo(new EmailAddress("alice@example.org")))
        .hasValueSatisfying(m -> assertThat(m.subject()).contains("off"));
  }
}
