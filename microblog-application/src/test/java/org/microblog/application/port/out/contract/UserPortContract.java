package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * {@code LoadUserPort}, {@code SaveUserPort} and {@code RecordLastSeenPort}: users stored and
 * found, unique by username and by email ignoring case.
 */
public abstract class UserPortContract extends PortContract {

  @Test
  void storesUserAndFindsItByIdAndByUsernameIgnoringCase() {
    User alice = register("Alice", "Alice@Example.org");

    assertThat(store.loadUsers().findById(alice.id())).contains(alice);
    assertThat(store.loadUsers().findByUsername(new Username("aLiCe"))).contains(alice);
    assertThat(alice.username().value()).isEqualTo("Alice");
    assertThat(alice.email().value()).isEqualTo("Alice@Example.org");
    assertThat(alice.passwordHash().value()).isEqualTo("hash-of-Alice");
    assertThat(alice.about().isEmpty()).isTrue();
    assertThat(alice.memberSince()).isEqualTo(T0);
    assertThat(alice.lastSeen()).isEqualTo(T0);
  }

  @Test
  void keepsTheLanguageChosenAtRegistrationAndItsChanges() {
    User alice =
        store
            .saveUsers()
            .insert(
                new NewUser(
                    new Username("alice"),
                    new EmailAddress("alice@example.org"),
                    new PasswordHash("hash"),
                    T0,
                    Optional.of(Language.SPANISH)));
    User bob = register("bob", "bob@example.org");

    assertThat(alice.language()).contains(Language.SPANISH);
    assertThat(store.loadUsers().findById(alice.id()).orElseThrow().language())
        .contains(Language.SPANISH);
    assertThat(store.loadUsers().findById(bob.id()).orElseThrow().language()).isEmpty();

    store.saveUsers().updateLanguage(alice.id(), Optional.of(Language.GERMAN));
    store.saveUsers().updateLanguage(bob.id(), Optional.of(Language.ENGLISH));
    assertThat(store.loadUsers().findById(alice.id()).orElseThrow().language())
        .contains(Language.GERMAN);
    assertThat(store.loadUsers().findById(bob.id()).orElseThrow().language())
        .contains(Language.ENGLISH);

    store.saveUsers().updateLanguage(alice.id(), Optional.empty());
    assertThat(store.loadUsers().findById(alice.id()).orElseThrow().language()).isEmpty();
    assertThat(store.loadUsers().findById(bob.id()).orElseThrow().language())
        .as("only the one account changes")
        .contains(Language.ENGLISH);
  }

  @Test
  void findsNothingForUnknownUser() {
    assertThat(store.loadUsers().findById(new UserId(Long.MAX_VALUE))).isEmpty();
    assertThat(store.loadUsers().findByUsername(new Username("nobody"))).isEmpty();
    assertThat(store.loadUsers().findByEmail(new EmailAddress("nobody@example.org"))).isEmpty();
  }

  @Test
  void rejectsUsernameTakenInOtherCaseAndStoresNothing() {
    User alice = register("Alice", "alice@example.org");

    DomainException e =
        catchThrowableOfType(
            DomainException.class, () -> register("aLICE", "someone.else@example.org"));

    assertConflict(e, Username.taken());
    assertThat(store.loadUsers().findByEmail(new EmailAddress("someone.else@example.org")))
        .isEmpty();
    assertThat(store.loadUsers().findByUsername(new Username("ALICE"))).contains(alice);
  }

  @Test
  void rejectsEmailTakenInOtherCaseAndStoresNothing() {
    register("bob", "Bob@Example.org");

    DomainException e =
        catchThrowableOfType(DomainException.class, () -> register("carol", "bob@example.ORG"));

    assertConflict(e, EmailAddress.taken());
    assertThat(store.loadUsers().findByUsername(new Username("carol"))).isEmpty();
  }

  @Test
  void namesTheTakenUsernameEvenWhenItSpellsTheOtherConstraint() {
    // A database echoes the clashing value after the constraint's name; the value must not win.
    register("uq_users_email_key", "first@example.org");

    DomainException e =
        catchThrowableOfType(
            DomainException.class, () -> register("UQ_users_email_key", "second@example.org"));

    assertConflict(e, Username.taken());
  }

  @Test
  void updatesUsernameAndAbout() {
    User alice = register("alice", "alice@example.org");

    store
        .saveUsers()
        .updateProfile(alice.id(), new Username("alice_w"), new AboutMe("Hello 👋"), true);

    User updated = store.loadUsers().findById(alice.id()).orElseThrow();
    assertThat(updated.username().value()).isEqualTo("alice_w");
    assertThat(updated.about().value()).isEqualTo("Hello 👋");
    assertThat(updated.email()).isEqualTo(alice.email());
    assertThat(store.loadUsers().findByUsername(new Username("alice"))).isEmpty();
    assertThat(store.loadUsers().findByUsername(new Username("ALICE_W"))).contains(updated);
  }

  @Test
  void letsUserChangeTheCaseOfTheirOwnUsername() {
    User alice = register("alice", "alice@example.org");

    store.saveUsers().updateProfile(alice.id(), new Username("Alice"), AboutMe.empty(), true);

    assertThat(store.loadUsers().findById(alice.id()).orElseThrow().username().value())
        .isEqualTo("Alice");
  }

  @Test
  void refusesToRenameToSomeoneElsesUsername() {
    register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");

    DomainException e =
        catchThrowableOfType(
            DomainException.class,
            () ->
                store
                    .saveUsers()
                    .updateProfile(bob.id(), new Username("ALICE"), AboutMe.empty(), true));

    assertConflict(e, Username.taken());
    assertThat(store.loadUsers().findById(bob.id())).contains(bob);
  }

  @Test
  void changesToAnAccountThatIsGoneChangeNothingAndClashWithNobody() {
    User alice = register("alice", "alice@example.org");
    User gone = register("gone", "gone@example.org");
    store.saveUsers().delete(gone.id());

    store.saveUsers().updateProfile(gone.id(), new Username("ALICE"), AboutMe.empty(), true);
    store.saveUsers().changeEmail(gone.id(), new EmailAddress("ALICE@example.org"), true);
    store.lastSeen().recordLastSeen(gone.id(), T0.plusSeconds(60));

    assertThat(store.loadUsers().findById(gone.id())).isEmpty();
    assertThat(store.loadUsers().findByUsername(new Username("alice"))).contains(alice);
  }

  @Test
  void movesLastSeenOnlyForward() {
    User alice = register("alice", "alice@example.org");
    Instant later = T0.plusSeconds(3600);

    store.lastSeen().recordLastSeen(alice.id(), later);
    store.lastSeen().recordLastSeen(alice.id(), T0.plusSeconds(60));

    assertThat(store.loadUsers().findById(alice.id()).orElseThrow().lastSeen()).isEqualTo(later);
  }
}
