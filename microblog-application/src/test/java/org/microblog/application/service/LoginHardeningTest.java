package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microblog.application.crypto.Pbkdf2PasswordHasher;
import org.microblog.application.inmemory.InMemoryMicroblog;
import org.microblog.application.inmemory.MutableClock;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.application.service.login.AuthenticateUserService;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class LoginHardeningTest {
  private final MutableClock clock = new MutableClock(Fixtures.START);

  @Test
  void aLoginUpgradesAHashMadeWithAWeakerWorkFactor() {
    InMemoryMicroblog weak = InMemoryMicroblog.create(clock, new Pbkdf2PasswordHasher(1_000));
    UserId id =
        weak.useCases()
            .registerUser()
            .register(
                new RegisterUserCommand(
                    new Username("ada"),
                    new EmailAddress("ada@example.org"),
                    new Password("analytical engine")));
    PasswordHash weakHash = weak.persistence().users().findById(id).orElseThrow().passwordHash();
    Pbkdf2PasswordHasher stronger = new Pbkdf2PasswordHasher(2_000);
    var strongerService =
        new AuthenticateUserService(
            weak.persistence().users(), weak.persistence().users(), stronger);

    assertThat(
            strongerService.authenticate(new AuthenticateUserCommand("ada", "analytical engine")))
        .isPresent();

    PasswordHash upgraded = weak.persistence().users().findById(id).orElseThrow().passwordHash();
    assertThat(upgraded).isNotEqualTo(weakHash);
    assertThat(upgraded.value()).startsWith("pbkdf2-sha256$2000$");
    assertThat(stronger.needsRehash(upgraded)).isFalse();
    assertThat(
            strongerService.authenticate(new AuthenticateUserCommand("ada", "analytical engine")))
        .isPresent();
  }

  @Test
  void aFailedLoginOrACurrentHashStoresNothing() {
    Fixtures fx = new Fixtures();
    UserId alice = fx.register("alice");
    PasswordHash before =
        fx.blog.persistence().users().findById(alice).orElseThrow().passwordHash();

    fx.blog
        .useCases()
        .authenticateUser()
        .authenticate(new AuthenticateUserCommand("alice", "wrong password"));
    fx.blog
        .useCases()
        .authenticateUser()
        .authenticate(new AuthenticateUserCommand("alice", "password-of-alice"));

    assertThat(fx.blog.persistence().users().findById(alice).orElseThrow().passwordHash())
        .isEqualTo(before);
  }

  @Test
  void loggingOutEverywhereEndsEveryEarlierLogin() {
    Fixtures fx = new Fixtures();
    UserId alice = fx.register("alice");
    var validity = fx.blog.useCases().loginValidity();
    var earlier = fx.logIn(alice);
    fx.clock.advance(Duration.ofMinutes(5));
    assertThat(validity.isLoginValid(alice, earlier)).isTrue();
    assertThat(validity.isKnownValid(alice, earlier)).as("remembered").isTrue();

    fx.blog.useCases().logOutEverywhere().logOutEverywhere(alice);

    assertThat(validity.isLoginValid(alice, earlier)).isFalse();
    assertThat(validity.isLoginValid(alice, fx.logIn(alice))).isTrue();
  }

  @Test
  void aLoginEndedElsewhereIsNoticedOnceTheMemoryRunsOut() {
    Fixtures fx = new Fixtures();
    UserId alice = fx.register("alice");
    var validity = fx.blog.useCases().loginValidity();
    var login = fx.logIn(alice);
    fx.clock.advance(Duration.ofMinutes(1));
    assertThat(validity.isLoginValid(alice, login)).isTrue();

    // As another instance would: straight to storage, past this instance's memory.
    fx.blog.persistence().logins().end(alice, login);

    assertThat(validity.isLoginValid(alice, login)).as("remembered").isTrue();
    fx.clock.advance(Duration.ofSeconds(5));
    assertThat(validity.isKnownValid(alice, login)).isFalse();
    assertThat(validity.isLoginValid(alice, login)).isFalse();
  }
}
