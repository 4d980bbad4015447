package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microblog.application.MicroblogPorts;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.post.Boost;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.InReplyTo;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * What every port contract shares: a store emptied before each test, and helpers that fill it. Run
 * a contract on a store by nesting a subclass in a {@link StoreUnderTest}:
 *
 * <pre>{@code
 * class InMemoryPortContractsTest implements StoreUnderTest {
 *   public MicroblogPorts emptyStore() { ... }
 *
 *   @Nested class Users extends UserPortContract {}
 * }
 * }</pre>
 */
@ExtendWith(EmptyStoreResolver.class)
public abstract class PortContract {
  /** Microsecond precision, which both databases keep exactly. */
  protected static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123456Z");

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The ports under test, over a store that was empty when the test began. */
  protected MicroblogPorts store;

  @BeforeEach
  protected final void startFromAnEmptyStore(MicroblogPorts emptied) {
    store = emptied;
  }

  protected User register(String username, String email) {
    return store
        .saveUsers()
        .insert(
            new NewUser(
                new Username(username),
                new EmailAddress(email),
                new PasswordHash("hash-of-" + username),
                T0));
  }

  protected Post publish(User author, String text) {
    return store.savePosts().insert(new NewPost(author.id(), new PostText(text), T0));
  }

  /** A reply by {@code author} to {@code parent}, with a content warning. */
  protected Post reply(User author, Post parent, String text, String warning) {
    return store
        .savePosts()
        .insert(
            new NewPost(
                author.id(),
                new PostText(text),
                T0,
                Optional.empty(),
                new ContentWarning(warning),
                Optional.of(new InReplyTo(parent.id(), parent.authorId()))));
  }

  /** Boosts the post at {@code T0}; true when the boost is new. */
  protected boolean boost(User booster, Post post) {
    return store.boosts().boost(new Boost(booster.id(), post.id(), T0));
  }

  /** The post as lists show it (tombstones too: the thread keeps them), with its stored counts. */
  protected PostView shown(Post post) {
    return store.threads().chain(post.id(), 1).get(0).post().orElseThrow();
  }

  protected void follow(User follower, User followed) {
    store.follows().follow(new Follow(follower.id(), followed.id()));
  }

  protected List<PostId> publishMany(User author, int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> publish(author, "post " + i).id())
        .toList();
  }

  protected ProfileView profileOf(User user, Optional<UserId> viewer) {
    return store.profiles().loadProfile(user.username(), viewer).orElseThrow();
  }

  protected static AccountToken token(User user, TokenPurpose purpose, Instant issuedAt) {
    byte[] random = new byte[TokenValue.BYTES];
    RANDOM.nextBytes(random);
    return AccountToken.issue(
        TokenValue.of(random).hash(), user.id(), purpose, user.email(), issuedAt);
  }

  protected static void assertConflict(DomainException actual, DomainException expected) {
    assertThat(actual).isNotNull();
    assertThat(actual.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(actual.key()).isEqualTo(expected.key());
    assertThat(actual.getMessage()).isEqualTo(expected.getMessage());
  }
}
