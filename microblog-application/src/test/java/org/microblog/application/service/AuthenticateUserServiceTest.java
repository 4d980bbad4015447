package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.application.service.login.AuthenticateUserService;
import org.microblog.domain.user.PasswordHash;

class AuthenticateUserServiceTest {
  private final Fixtures fx = new Fixtures();

  @Test
  void acceptsTheRightPasswordWhateverTheUsernameCase() {
    var id = fx.register("alice");

    var result =
        fx.blog
            .useCases()
            .authenticateUser()
            .authenticate(new AuthenticateUserCommand("ALICE", "password-of-alice"));

    assertThat(result).hasValueSatisfying(user -> assertThat(user.id()).isEqualTo(id));
  }

  @Test
  void refusesAWrongPassword() {
    fx.register("alice");

    assertThat(
            fx.blog
                .useCases()
                .authenticateUser()
                .authenticate(new AuthenticateUserCommand("alice", "wrong-password")))
        .isEmpty();
  }

  @Test
  void refusesUnknownAndMalformedUsernames() {
    assertThat(
            fx.blog
                .useCases()
                .authenticateUser()
                .authenticate(new AuthenticateUserCommand("nobody", "x")))
        .isEmpty();
    assertThat(
            fx.blog
                .useCases()
                .authenticateUser()
                .authenticate(new AuthenticateUserCommand("<b>", "x")))
        .isEmpty();
    assertThat(
            fx.blog
                .useCases()
                .authenticateUser()
                .authenticate(new AuthenticateUserCommand(null, null)))
        .isEmpty();
  }

  @Test
  void anOversizedPasswordIsJustAWrongPassword() {
    fx.register("alice");

    assertThat(
            fx.blog
                .useCases()
                .authenticateUser()
                .authenticate(new AuthenticateUserCommand("alice", "x".repeat(1_000_000))))
        .isEmpty();
  }

  @Test
  void anUnknownUserStillCostsOneHashComparison() {
    LoadUserPort users = mock(LoadUserPort.class);
    PasswordHasher hasher = mock(PasswordHasher.class);
    PasswordHash decoy = new PasswordHash("decoy");
    when(hasher.hash(any())).thenReturn(decoy);
    when(users.findByUsername(any())).thenReturn(Optional.empty());
    var service = new AuthenticateUserService(users, mock(SaveUserPort.class), hasher);

    assertThat(service.authenticate(new AuthenticateUserCommand("nobody", "guess"))).isEmpty();

    verify(hasher).matches(eq("guess"), eq(decoy));
  }
}
