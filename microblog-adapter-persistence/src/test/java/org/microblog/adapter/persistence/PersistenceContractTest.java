package org.microblog.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.persistence.account.AccountTokenPersistenceAdapter;
import org.microblog.adapter.persistence.follow.FollowPersistenceAdapter;
import org.microblog.adapter.persistence.post.PostPersistenceAdapter;
import org.microblog.adapter.persistence.user.UserPersistenceAdapter;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.post.FormToken;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * The persistence ports' contracts (those {@code InMemoryStore} honours too), checked against a
 * real database. Each subclass supplies one database; the scenarios are the same.
 */
abstract class PersistenceContractTest {
  /** Microsecond precision, which both databases keep exactly. */
  private static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123456Z");

  @Inject UserPersistenceAdapter users;
  @Inject PostPersistenceAdapter posts;
  @Inject FollowPersistenceAdapter follows;
  @Inject AccountTokenPersistenceAdapter tokens;
  @Inject DataSource dataSource;

  @BeforeEach
  void emptyTables() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM recovery_codes");
      statement.executeUpdate("DELETE FROM two_factor");
      statement.executeUpdate("DELETE FROM logins");
      statement.executeUpdate("DELETE FROM account_mails");
      statement.executeUpdate("DELETE FROM account_tokens");
      statement.executeUpdate("DELETE FROM follows");
      statement.executeUpdate("DELETE FROM posts");
      statement.executeUpdate("DELETE FROM users");
    }
  }

  // --- users ---

  @Test
  void storesUserAndFindsItByIdAndByUsernameIgnoringCase() {
    User alice = register("Alice", "Alice@Example.org");

    assertThat(users.findById(alice.id())).contains(alice);
    assertThat(users.findByUsername(new Username("aLiCe"))).contains(alice);
    assertThat(alice.username().value()).isEqualTo("Alice");
    assertThat(alice.email().value()).isEqualTo("Alice@Example.org");
    assertThat(alice.passwordHash().value()).isEqualTo("hash-of-Alice");
    assertThat(alice.about().isEmpty()).isTrue();
    assertThat(alice.memberSince()).isEqualTo(T0);
    assertThat(alice.lastSeen()).isEqualTo(T0);
  }

  @Test
  void findsNothingForUnknownUser() {
    assertThat(users.findById(new UserId(Long.MAX_VALUE))).isEmpty();
    assertThat(users.findByUsername(new Username("nobody"))).isEmpty();
  }

  @Test
  void rejectsUsernameTakenInOtherCaseAndStoresNothing() {
    User alice = register("Alice", "alice@example.org");

    DomainException e =
        catchThrowableOfType(
            DomainException.class, () -> register("aLICE", "someone.else@example.org"));

    assertConflict(e, "username.taken", "That username is taken.");
    assertThat(rowCount("users")).isEqualTo(1);
    assertThat(users.findByUsername(new Username("ALICE"))).contains(alice);
  }

  @Test
  void rejectsEmailTakenInOtherCaseAndStoresNothing() {
    register("bob", "Bob@Example.org");

    DomainException e =
        catchThrowableOfType(DomainException.class, () -> register("carol", "bob@example.ORG"));

    assertConflict(e, "email.taken", "That email address is already registered.");
    assertThat(rowCount("users")).isEqualTo(1);
    assertThat(users.findByUsername(new Username("carol"))).isEmpty();
  }

  @Test
  void namesTheTakenUsernameEvenWhenItSpellsTheOtherConstraint() {
    // The database echoes the clashing value after the constraint's name; the value must not win.
    register("uq_users_email_key", "first@example.org");

    DomainException e =
        catchThrowableOfType(
            DomainException.class, () -> register("UQ_users_email_key", "second@example.org"));

    assertConflict(e, "username.taken", "That username is taken.");
  }

  @Test
  void updatesUsernameAndAbout() {
    User alice = register("alice", "alice@example.org");

    users.updateProfile(alice.id(), new Username("alice_w"), new AboutMe("Hello 👋"));

    User updated = users.findById(alice.id()).orElseThrow();
    assertThat(updated.username().value()).isEqualTo("alice_w");
    assertThat(updated.about().value()).isEqualTo("Hello 👋");
    assertThat(updated.email()).isEqualTo(alice.email());
    assertThat(users.findByUsername(new Username("alice"))).isEmpty();
    assertThat(users.findByUsername(new Username("ALICE_W"))).contains(updated);
  }

  @Test
  void letsUserChangeTheCaseOfTheirOwnUsername() {
    User alice = register("alice", "alice@example.org");

    users.updateProfile(alice.id(), new Username("Alice"), AboutMe.empty());

    assertThat(users.findById(alice.id()).orElseThrow().username().value()).isEqualTo("Alice");
  }

  @Test
  void refusesToRenameToSomeoneElsesUsername() {
    register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");

    DomainException e =
        catchThrowableOfType(
            DomainException.class,
            () -> users.updateProfile(bob.id(), new Username("ALICE"), new AboutMe("me")));

    assertConflict(e, "username.taken", "That username is taken.");
    assertThat(users.findById(bob.id())).contains(bob);
  }

  @Test
  void movesLastSeenOnlyForward() {
    User alice = register("alice", "alice@example.org");
    Instant later = T0.plusSeconds(3600);

    users.recordLastSeen(alice.id(), later);
    users.recordLastSeen(alice.id(), T0.plusSeconds(60));

    assertThat(users.findById(alice.id()).orElseThrow().lastSeen()).isEqualTo(later);
  }

  // --- posts ---

  @Test
  void storesFindsAndDeletesPost() {
    User alice = register("alice", "alice@example.org");
    // 280 code points outside the BMP: 560 UTF-16 units, the longest a post can be stored as.
    String longest = "😀".repeat(PostText.MAX_LENGTH);

    Post post = posts.insert(new NewPost(alice.id(), new PostText(longest), T0));

    assertThat(posts.findById(post.id())).contains(post);
    assertThat(post.authorId()).isEqualTo(alice.id());
    assertThat(post.text().value()).isEqualTo(longest);
    assertThat(post.publishedAt()).isEqualTo(T0);

    posts.delete(post.id());

    assertThat(posts.findById(post.id())).isEmpty();
    assertThatCode(() -> posts.delete(post.id())).doesNotThrowAnyException();
  }

  @Test
  void storesTheSameFormOncePerAuthor() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Optional<FormToken> token = Optional.of(new FormToken("double-click-0123456789"));

    Post first = posts.insert(new NewPost(alice.id(), new PostText("once"), T0, token));
    Post again =
        posts.insert(new NewPost(alice.id(), new PostText("once"), T0.plusSeconds(1), token));
    Post bobs = posts.insert(new NewPost(bob.id(), new PostText("bob's"), T0, token));
    Post withoutToken = posts.insert(new NewPost(alice.id(), new PostText("twice"), T0));
    Post withoutTokenAgain = posts.insert(new NewPost(alice.id(), new PostText("twice"), T0));

    assertThat(again).isEqualTo(first);
    assertThat(bobs.id()).isNotEqualTo(first.id());
    assertThat(withoutTokenAgain.id()).isNotEqualTo(withoutToken.id());
    assertThat(posts.explore(PageRequest.first())).hasSize(4);
  }

  @Test
  void givesLaterPostsLargerIds() {
    User alice = register("alice", "alice@example.org");

    Post first = publish(alice, "first");
    Post second = publish(alice, "second");

    assertThat(second.id().value()).isGreaterThan(first.id().value());
  }

  // --- follows ---

  @Test
  void followingTwiceOrUnfollowingTwiceChangesNothing() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Follow aliceFollowsBob = new Follow(alice.id(), bob.id());

    follows.follow(aliceFollowsBob);
    follows.follow(aliceFollowsBob);

    assertThat(rowCount("follows")).isEqualTo(1);
    assertThat(profileOf(bob, Optional.of(alice.id())).viewerFollows()).isTrue();

    follows.unfollow(aliceFollowsBob);
    follows.unfollow(aliceFollowsBob);

    assertThat(rowCount("follows")).isZero();
    assertThat(profileOf(bob, Optional.of(alice.id())).viewerFollows()).isFalse();
  }

  @Test
  void concurrentFollowsOfTheSamePairAllSucceed() throws Exception {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Follow aliceFollowsBob = new Follow(alice.id(), bob.id());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> attempts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  follows.follow(aliceFollowsBob);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> attempt : attempts) {
        attempt.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(rowCount("follows")).isEqualTo(1);
  }

  // --- timelines ---

  @Test
  void homeTimelineShowsOwnAndFollowedPostsNewestFirst() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    follows.follow(new Follow(alice.id(), bob.id()));
    follows.follow(new Follow(carol.id(), alice.id()));
    Post own = publish(alice, "mine");
    Post followed = publish(bob, "bob's");
    publish(carol, "carol's, not followed by alice");

    List<PostView> home = posts.homeTimeline(alice.id(), PageRequest.first());

    assertThat(home).extracting(PostView::id).containsExactly(followed.id(), own.id());
    assertThat(home.get(0))
        .isEqualTo(new PostView(followed.id(), bob.id(), bob.username(), followed.text(), T0));
  }

  @Test
  void pagesOlderByKeysetThroughFortyFivePosts() {
    User alice = register("alice", "alice@example.org");
    List<PostId> newestFirst = new ArrayList<>(publishMany(alice, 45));
    Collections.reverse(newestFirst);

    List<PostId> seen = new ArrayList<>();
    PageRequest page = PageRequest.first();
    List<Integer> fetched = new ArrayList<>();
    while (true) {
      List<PostView> rows = posts.homeTimeline(alice.id(), page);
      fetched.add(rows.size());
      List<PostView> shown = rows.subList(0, Math.min(rows.size(), page.size()));
      shown.forEach(p -> seen.add(p.id()));
      if (rows.size() <= page.size()) {
        break;
      }
      page = PageRequest.olderThan(shown.get(shown.size() - 1).id().value());
    }

    assertThat(fetched).containsExactly(21, 21, 5);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void pagesNewerByKeysetOldestFirstFromTheCursor() {
    User alice = register("alice", "alice@example.org");
    List<PostId> oldestFirst = publishMany(alice, 45);
    long cursor = oldestFirst.get(4).value();

    List<PostView> rows = posts.homeTimeline(alice.id(), PageRequest.newerThan(cursor));
    List<PostView> last = posts.homeTimeline(alice.id(), PageRequest.newerThan(id(rows, 19)));

    assertThat(rows).extracting(PostView::id).containsExactlyElementsOf(oldestFirst.subList(5, 26));
    assertThat(last)
        .extracting(PostView::id)
        .containsExactlyElementsOf(oldestFirst.subList(25, 45));
  }

  @Test
  void exploreShowsEveryonesPostsByKeyset() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post a1 = publish(alice, "a1");
    Post b1 = publish(bob, "b1");
    Post a2 = publish(alice, "a2");

    assertThat(posts.explore(PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(a2.id(), b1.id(), a1.id());
    assertThat(posts.explore(PageRequest.olderThan(a2.id().value())))
        .extracting(PostView::id)
        .containsExactly(b1.id(), a1.id());
    assertThat(posts.explore(PageRequest.newerThan(a1.id().value())))
        .extracting(PostView::id, PostView::author)
        .containsExactly(tuple(b1.id(), bob.username()), tuple(a2.id(), alice.username()));
  }

  @Test
  void postsByShowsOnlyThatAuthor() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post a1 = publish(alice, "a1");
    publish(bob, "b1");
    Post a2 = publish(alice, "a2");
    Post a3 = publish(alice, "a3");

    assertThat(posts.postsBy(alice.id(), PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(a3.id(), a2.id(), a1.id());
    assertThat(posts.postsBy(alice.id(), PageRequest.olderThan(a3.id().value())))
        .extracting(PostView::id)
        .containsExactly(a2.id(), a1.id());
    assertThat(posts.postsBy(alice.id(), PageRequest.newerThan(a1.id().value())))
        .extracting(PostView::id)
        .containsExactly(a2.id(), a3.id());
    assertThat(posts.postsBy(bob.id(), PageRequest.newerThan(a3.id().value()))).isEmpty();
  }

  // --- profiles ---

  @Test
  void profileCountsFollowersAndFollowingAndKnowsWhetherTheViewerFollows() {
    User alice = register("alice", "alice@example.org");
    User bob = register("Bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    User dave = register("dave", "dave@example.org");
    follows.follow(new Follow(alice.id(), bob.id()));
    follows.follow(new Follow(carol.id(), bob.id()));
    follows.follow(new Follow(bob.id(), alice.id()));
    users.updateProfile(bob.id(), bob.username(), new AboutMe("Builder"));
    users.recordLastSeen(bob.id(), T0.plusSeconds(90));

    ProfileView seenByAlice =
        users.loadProfile(new Username("BOB"), Optional.of(alice.id())).orElseThrow();

    assertThat(seenByAlice)
        .isEqualTo(
            new ProfileView(
                bob.id(),
                bob.username(),
                new AboutMe("Builder"),
                T0,
                T0.plusSeconds(90),
                2,
                1,
                true));
    assertThat(profileOf(bob, Optional.of(dave.id())).viewerFollows()).isFalse();
    assertThat(profileOf(bob, Optional.of(bob.id())).viewerFollows()).isFalse();
    assertThat(profileOf(bob, Optional.empty()).viewerFollows()).isFalse();
    assertThat(profileOf(dave, Optional.empty()))
        .extracting(ProfileView::followers, ProfileView::following)
        .containsExactly(0L, 0L);
  }

  @Test
  void profileOfUnknownUsernameIsEmpty() {
    assertThat(users.loadProfile(new Username("nobody"), Optional.empty())).isEmpty();
  }

  // --- accounts by mail ---

  @Test
  void newAccountsAreUnverifiedWithLoginsValidFromRegistration() {
    User alice = register("alice", "alice@example.org");

    assertThat(alice.emailVerified()).isFalse();
    assertThat(alice.loginsValidFrom()).isEqualTo(T0);
    assertThat(users.loginsValidFrom(alice.id())).contains(T0);
    assertThat(users.loginsValidFrom(new UserId(Long.MAX_VALUE))).isEmpty();
  }

  @Test
  void changingThePasswordMovesLoginsValidFrom() {
    User alice = register("alice", "alice@example.org");
    Instant later = T0.plusSeconds(3600);

    users.changePassword(alice.id(), new PasswordHash("new-hash"), later);

    User changed = users.findById(alice.id()).orElseThrow();
    assertThat(changed.passwordHash().value()).isEqualTo("new-hash");
    assertThat(changed.loginsValidFrom()).isEqualTo(later);
    assertThat(users.loginsValidFrom(alice.id())).contains(later);
  }

  @Test
  void aRehashKeepsLoginsAndEndingLoginsKeepsThePassword() {
    User alice = register("alice", "alice@example.org");
    Instant loginsFrom = users.findById(alice.id()).orElseThrow().loginsValidFrom();

    users.rehashPassword(alice.id(), new PasswordHash("stronger-hash"));
    User rehashed = users.findById(alice.id()).orElseThrow();
    assertThat(rehashed.passwordHash().value()).isEqualTo("stronger-hash");
    assertThat(rehashed.loginsValidFrom()).isEqualTo(loginsFrom);

    Instant later = T0.plusSeconds(7200);
    users.endLogins(alice.id(), later);
    User ended = users.findById(alice.id()).orElseThrow();
    assertThat(ended.passwordHash().value()).isEqualTo("stronger-hash");
    assertThat(ended.loginsValidFrom()).isEqualTo(later);
  }

  @Test
  void changesAndFindsEmailIgnoringCaseAndRefusesATakenOne() {
    User alice = register("alice", "alice@example.org");
    register("bob", "bob@example.org");

    users.changeEmail(alice.id(), new EmailAddress("Alice@New.example"), true);

    assertThat(users.findByEmail(new EmailAddress("ALICE@new.EXAMPLE")))
        .hasValueSatisfying(
            u -> {
              assertThat(u.id()).isEqualTo(alice.id());
              assertThat(u.email().value()).isEqualTo("Alice@New.example");
              assertThat(u.emailVerified()).isTrue();
            });
    assertThat(users.findByEmail(new EmailAddress("alice@example.org"))).isEmpty();
    DomainException e =
        catchThrowableOfType(
            DomainException.class,
            () -> users.changeEmail(alice.id(), new EmailAddress("BOB@example.org"), false));
    assertConflict(e, "email.taken", "That email address is already registered.");
  }

  @Test
  void deletingAnAccountRemovesItsPostsFollowsTokensAndFreesItsNames() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    publish(alice, "alice's");
    Post bobs = publish(bob, "bob's");
    follows.follow(new Follow(alice.id(), bob.id()));
    follows.follow(new Follow(bob.id(), alice.id()));
    AccountToken token = token(alice, TokenPurpose.RESET_PASSWORD, T0);
    tokens.add(token);
    tokens.recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0);

    users.delete(alice.id());
    users.delete(alice.id());

    assertThat(users.findById(alice.id())).isEmpty();
    assertThat(posts.allBy(alice.id())).isEmpty();
    assertThat(posts.allBy(bob.id())).containsExactly(bobs);
    assertThat(rowCount("follows")).isZero();
    assertThat(tokens.find(token.hash())).isEmpty();
    assertThat(rowCount("account_mails")).isZero();
    assertThat(register("ALICE", "Alice@example.org").id()).isNotEqualTo(alice.id());
  }

  @Test
  void exportsAllOfOneAuthorsPostsNewestFirst() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post first = publish(alice, "first");
    publish(bob, "bob's");
    Post second = publish(alice, "second");

    assertThat(posts.allBy(alice.id())).containsExactly(second, first);
  }

  @Test
  void storesTokensByHashAndConsumesThemOnce() {
    User alice = register("alice", "alice@example.org");
    AccountToken token = token(alice, TokenPurpose.VERIFY_EMAIL, T0);

    tokens.add(token);

    assertThat(tokens.find(token.hash())).contains(token);
    assertThat(tokens.consume(token.hash())).isTrue();
    assertThat(tokens.consume(token.hash())).isFalse();
    assertThat(tokens.find(token.hash())).hasValueSatisfying(t -> assertThat(t.used()).isTrue());
    tokens.delete(token.hash());
    assertThat(tokens.find(token.hash())).isEmpty();
    assertThat(tokens.consume(token.hash())).isFalse();
  }

  @Test
  void aNewerTokenRetiresUnusedOnesOfItsPurposeOnly() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    AccountToken older = token(alice, TokenPurpose.RESET_PASSWORD, T0);
    AccountToken used = token(alice, TokenPurpose.RESET_PASSWORD, T0);
    AccountToken verification = token(alice, TokenPurpose.VERIFY_EMAIL, T0);
    AccountToken bobs = token(bob, TokenPurpose.RESET_PASSWORD, T0);
    AccountToken newest = token(alice, TokenPurpose.RESET_PASSWORD, T0.plusSeconds(60));
    List.of(older, used, verification, bobs, newest).forEach(tokens::add);
    tokens.consume(used.hash());

    tokens.retireOthers(newest);

    assertThat(tokens.find(older.hash())).isEmpty();
    assertThat(tokens.find(used.hash())).isPresent();
    assertThat(tokens.find(verification.hash())).isPresent();
    assertThat(tokens.find(bobs.hash())).isPresent();
    assertThat(tokens.find(newest.hash())).isPresent();
  }

  @Test
  void countsSentMailsPerAccountPurposeAndWindow() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    tokens.recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0);
    tokens.recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plusSeconds(1800));
    tokens.recordSend(alice.id(), TokenPurpose.VERIFY_EMAIL, T0.plusSeconds(1800));
    tokens.recordSend(bob.id(), TokenPurpose.RESET_PASSWORD, T0.plusSeconds(1800));

    assertThat(tokens.sendsSince(alice.id(), TokenPurpose.RESET_PASSWORD, T0)).isEqualTo(2);
    assertThat(tokens.sendsSince(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plusSeconds(1)))
        .isEqualTo(1);
    assertThat(tokens.sendsSince(alice.id(), TokenPurpose.VERIFY_EMAIL, T0)).isEqualTo(1);

    tokens.recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plus(Duration.ofDays(2)));

    assertThat(tokens.sendsSince(alice.id(), TokenPurpose.RESET_PASSWORD, T0)).isEqualTo(1);
  }

  // --- helpers ---

  private static AccountToken token(User user, TokenPurpose purpose, Instant at) {
    byte[] random = new byte[TokenValue.BYTES];
    new java.security.SecureRandom().nextBytes(random);
    return AccountToken.issue(TokenValue.of(random).hash(), user.id(), purpose, user.email(), at);
  }

  private User register(String username, String email) {
    return users.insert(
        new NewUser(
            new Username(username),
            new EmailAddress(email),
            new PasswordHash("hash-of-" + username),
            T0));
  }

  private Post publish(User author, String text) {
    return posts.insert(new NewPost(author.id(), new PostText(text), T0));
  }

  private List<PostId> publishMany(User author, int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> publish(author, "post " + i).id())
        .toList();
  }

  private ProfileView profileOf(User user, Optional<UserId> viewer) {
    return users.loadProfile(user.username(), viewer).orElseThrow();
  }

  private static long id(List<PostView> rows, int index) {
    return rows.get(index).id().value();
  }

  /**
   * A connection of the test's own. The injected {@link DataSource} hands out only the connection
   * of a surrounding transaction or {@code @Connectable}; the pool behind it needs neither.
   */
  private Connection connect() throws SQLException {
    return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
  }

  private static void assertConflict(DomainException e, String key, String message) {
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(e.key()).isEqualTo(key);
    assertThat(e.getMessage()).isEqualTo(message);
  }

  private long rowCount(String table) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
