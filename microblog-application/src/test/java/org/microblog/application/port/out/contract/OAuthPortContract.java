package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.AppName;
import org.microblog.domain.oauth.AppWebsite;
import org.microblog.domain.oauth.AuthorizationCode;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.CodeChallenge;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.oauth.RedirectUris;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.user.User;

/** {@code OAuthAppPort}, {@code AuthorizationCodePort} and {@code AccessTokenPort}. */
public abstract class OAuthPortContract extends PortContract {
  private static final SecureRandom RANDOM = new SecureRandom();

  private static TokenValue random() {
    byte[] bytes = new byte[TokenValue.BYTES];
    RANDOM.nextBytes(bytes);
    return TokenValue.of(bytes);
  }

  private OAuthApp app(String name) {
    OAuthApp app =
        new OAuthApp(
            new ClientId(random().value()),
            new AppName(name),
            AppWebsite.parse("https://app.example/" + name),
            RedirectUris.parse("https://app.example/cb\n" + RedirectUris.OOB),
            Scopes.parse("read write follow"),
            random().hash(),
            T0);
    store.oauthApps().add(app);
    return app;
  }

  private AccessToken token(OAuthApp app, Optional<User> user, String scopes, long seconds) {
    AccessToken token =
        new AccessToken(
            random().hash(),
            app.clientId(),
            user.map(User::id),
            Scopes.parse(scopes),
            T0.plusSeconds(seconds));
    store.accessTokens().add(token);
    return token;
  }

  @Test
  void storesAppsWithEverythingTheyRegistered() {
    OAuthApp app = app("Tusky");

    assertThat(store.oauthApps().find(app.clientId())).contains(app);
    assertThat(store.oauthApps().find(new ClientId(random().value()))).isEmpty();
  }

  @Test
  void aCodeIsTakenOnce() {
    User alice = register("alice", "alice@example.org");
    OAuthApp app = app("Tusky");
    AuthorizationCode code =
        new AuthorizationCode(
            random().hash(),
            app.clientId(),
            alice.id(),
            "https://app.example/cb",
            Scopes.parse("read write:statuses"),
            Optional.of(CodeChallenge.fromVerifier(random().value())),
            T0);
    AuthorizationCode plain =
        new AuthorizationCode(
            random().hash(),
            app.clientId(),
            alice.id(),
            RedirectUris.OOB,
            Scopes.defaults(),
            Optional.empty(),
            T0);
    store.authorizationCodes().add(code);
    store.authorizationCodes().add(plain);

    assertThat(store.authorizationCodes().take(code.hash())).contains(code);
    assertThat(store.authorizationCodes().take(code.hash())).isEmpty();
    assertThat(store.authorizationCodes().take(plain.hash())).contains(plain);
    assertThat(store.authorizationCodes().take(TokenHash.of("unknown"))).isEmpty();
  }

  @Test
  void aNewCodeForgetsTheCodesThatExpiredUnused() {
    User alice = register("alice", "alice@example.org");
    OAuthApp app = app("Tusky");
    AuthorizationCode old = code(app, alice, T0);
    AuthorizationCode recent = code(app, alice, T0.plusSeconds(60));
    store.authorizationCodes().add(old);
    store.authorizationCodes().add(recent);

    store
        .authorizationCodes()
        .add(code(app, alice, T0.plus(AuthorizationCode.LIFETIME).plusSeconds(1)));

    assertThat(store.authorizationCodes().take(old.hash())).isEmpty();
    assertThat(store.authorizationCodes().take(recent.hash())).contains(recent);
  }

  private static AuthorizationCode code(OAuthApp app, User user, java.time.Instant issuedAt) {
    return new AuthorizationCode(
        random().hash(),
        app.clientId(),
        user.id(),
        RedirectUris.OOB,
        Scopes.defaults(),
        Optional.empty(),
        issuedAt);
  }

  @Test
  void tokensAreFoundByHashAndRevokedOnce() {
    User alice = register("alice", "alice@example.org");
    OAuthApp app = app("Tusky");
    AccessToken personal = token(app, Optional.of(alice), "read write:statuses", 0);
    AccessToken appOnly = token(app, Optional.empty(), "read", 0);

    assertThat(store.accessTokens().find(personal.hash())).contains(personal);
    assertThat(store.accessTokens().find(appOnly.hash())).contains(appOnly);
    assertThat(store.accessTokens().revoke(personal.hash())).isTrue();
    assertThat(store.accessTokens().revoke(personal.hash())).isFalse();
    assertThat(store.accessTokens().find(personal.hash())).isEmpty();
  }

  @Test
  void revokingAllOfAPersonLeavesOthersAndAppTokens() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    OAuthApp app = app("Tusky");
    AccessToken alices = token(app, Optional.of(alice), "read", 0);
    AccessToken bobs = token(app, Optional.of(bob), "read", 0);
    AccessToken appOnly = token(app, Optional.empty(), "read", 0);

    store.accessTokens().revokeAllOf(alice.id());

    assertThat(store.accessTokens().find(alices.hash())).isEmpty();
    assertThat(store.accessTokens().find(bobs.hash())).isPresent();
    assertThat(store.accessTokens().find(appOnly.hash())).isPresent();
  }

  @Test
  void listsEachAuthorisedAppOnceWithItsNewestTokenNewestFirst() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    OAuthApp tusky = app("Tusky");
    OAuthApp ivory = app("Ivory");
    token(tusky, Optional.of(alice), "read", 0);
    token(ivory, Optional.of(alice), "read", 10);
    token(tusky, Optional.of(alice), "read write", 20);
    token(ivory, Optional.of(bob), "read", 30);
    token(ivory, Optional.empty(), "read", 40);

    assertThat(store.accessTokens().appsOf(alice.id()))
        .extracting(a -> a.app().name().value(), AuthorisedApp::scopes, AuthorisedApp::authorisedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Tusky", Scopes.parse("read write"), T0.plusSeconds(20)),
            org.assertj.core.groups.Tuple.tuple("Ivory", Scopes.parse("read"), T0.plusSeconds(10)));

    store.accessTokens().revokeApp(alice.id(), tusky.clientId());

    assertThat(store.accessTokens().appsOf(alice.id()))
        .extracting(a -> a.app().name().value())
        .containsExactly("Ivory");
    assertThat(store.accessTokens().appsOf(bob.id())).hasSize(1);
  }

  @Test
  void deletingAnAccountRemovesItsCodesAndTokens() {
    User alice = register("alice", "alice@example.org");
    OAuthApp app = app("Tusky");
    AccessToken token = token(app, Optional.of(alice), "read", 0);
    AuthorizationCode code =
        new AuthorizationCode(
            random().hash(),
            app.clientId(),
            alice.id(),
            RedirectUris.OOB,
            Scopes.defaults(),
            Optional.empty(),
            T0);
    store.authorizationCodes().add(code);

    store.saveUsers().delete(alice.id());

    assertThat(store.accessTokens().find(token.hash())).isEmpty();
    assertThat(store.authorizationCodes().take(code.hash())).isEmpty();
    assertThat(store.oauthApps().find(app.clientId())).isPresent();
  }
}
