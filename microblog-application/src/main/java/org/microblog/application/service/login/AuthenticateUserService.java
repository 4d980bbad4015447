package org.microblog.application.service.login;

import java.util.Optional;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.application.port.in.login.AuthenticateUserUseCase;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.Username;

/**
 * Checks credentials. An unknown or malformed username still costs one hash comparison, against a
 * decoy hash, so response time does not tell which usernames exist. A successful login whose hash
 * was made with a weaker work factor than today's stores a fresh hash of the same password: raising
 * the factor upgrades every active account without anyone noticing.
 */
public final class AuthenticateUserService implements AuthenticateUserUseCase {
  private final LoadUserPort users;
  private final SaveUserPort saveUsers;
  private final PasswordHasher hasher;
  private final PasswordHash decoy;

  public AuthenticateUserService(
      LoadUserPort users, SaveUserPort saveUsers, PasswordHasher hasher) {
    this.users = users;
    this.saveUsers = saveUsers;
    this.hasher = hasher;
    this.decoy = hasher.hash(new Password("decoy password, never matches a login"));
  }

  @Override
  public Optional<AuthenticatedUser> authenticate(AuthenticateUserCommand command) {
    Optional<User> user = parseUsername(command.username()).flatMap(users::findByUsername);
    PasswordHash hash = user.map(User::passwordHash).orElse(decoy);
    // No stored password is longer than the rule allows; an oversized guess still costs one
    // comparison (of a bounded string) so that it answers like any other wrong password.
    boolean plausible = command.password().length() <= Password.MAX_LENGTH * 2;
    boolean matches = hasher.matches(plausible ? command.password() : "", hash) && plausible;
    Optional<User> authenticated = user.filter(u -> matches);
    authenticated
        .filter(u -> hasher.needsRehash(u.passwordHash()))
        .ifPresent(u -> rehash(u, command.password()));
    return authenticated.map(u -> new AuthenticatedUser(u.id(), u.username()));
  }

  private void rehash(User user, String password) {
    try {
      saveUsers.changePassword(user.id(), hasher.hash(new Password(password)));
    } catch (DomainException olderRules) {
      // A password chosen under older rules (say, now on the common list) keeps its old hash;
      // the person is asked for a new one only when they change it.
    }
  }

  private static Optional<Username> parseUsername(String raw) {
    try {
      return Optional.of(new Username(raw));
    } catch (DomainException malformed) {
      return Optional.empty();
    }
  }
}
