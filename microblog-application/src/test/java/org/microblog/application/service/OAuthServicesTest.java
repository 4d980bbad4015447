package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.application.port.in.oauth.AuthorizationRequest;
import org.microblog.application.port.in.oauth.ClientCredentials;
import org.microblog.application.port.in.oauth.CodeExchange;
import org.microblog.application.port.in.oauth.IssuedToken;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;
import org.microblog.application.port.in.oauth.RegisterAppCommand;
import org.microblog.application.port.in.oauth.RegisteredApp;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.AppName;
import org.microblog.domain.oauth.CodeChallenge;
import org.microblog.domain.oauth.RedirectUris;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.user.UserId;

class OAuthServicesTest {
  private static final String REDIRECT = "https://app.example/callback";
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final RegisteredApp app = register("read write follow");

  private RegisteredApp register(String scopes) {
    return fx.blog
        .useCases()
        .registerApp()
        .register(
            new RegisterAppCommand(
                new AppName("Test app"),
                Optional.empty(),
                RedirectUris.parse(REDIRECT + "\n" + RedirectUris.OOB),
                Scopes.parse(scopes)));
  }

  private ClientCredentials credentials() {
    return new ClientCredentials(app.app().clientId().value(), app.clientSecret());
  }

  private AuthorizationRequest request(String scope, Optional<String> challenge) {
    return new AuthorizationRequest(
        "code",
        app.app().clientId().value(),
        REDIRECT,
        Optional.ofNullable(scope),
        challenge,
        challenge.map(c -> "S256"));
  }

  private String approve(String scope) {
    return fx.blog
        .useCases()
        .approveAuthorization()
        .approve(alice, request(scope, Optional.of(CodeChallenge.fromVerifier(VERIFIER).value())));
  }

  private IssuedToken exchange(String code, String verifier) {
    return fx.blog
        .useCases()
        .issueToken()
        .exchangeCode(
            new CodeExchange(credentials(), code, REDIRECT, Optional.ofNullable(verifier)));
  }

  private static OAuthError errorOf(Runnable call) {
    try {
      call.run();
    } catch (OAuthRefusal refusal) {
      return refusal.error();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void storesOnlyTheHashOfTheClientSecret() {
    assertThat(app.clientSecret()).hasSize(43);
    assertThat(app.app().secretHash().value()).isNotEqualTo(app.clientSecret()).hasSize(64);
  }

  @Test
  void anApprovedCodeWithItsVerifierBecomesATokenForThePerson() {
    IssuedToken token = exchange(approve("read write:statuses"), VERIFIER);

    AccessToken found =
        fx.blog.useCases().bearerTokens().authenticate(token.accessToken()).orElseThrow();
    assertThat(found.user()).contains(alice);
    assertThat(found.scopes()).isEqualTo(Scopes.parse("read write:statuses"));
    assertThat(found.hash().value()).isNotEqualTo(token.accessToken());
  }

  @Test
  void aCodeWorksOnceAndAWrongVerifierUsesItUp() {
    String code = approve("read");
    exchange(code, VERIFIER);
    assertThat(errorOf(() -> exchange(code, VERIFIER))).isEqualTo(OAuthError.INVALID_GRANT);

    String other = approve("read");
    assertThat(errorOf(() -> exchange(other, VERIFIER.replace('d', 'x'))))
        .isEqualTo(OAuthError.INVALID_GRANT);
    assertThat(errorOf(() -> exchange(other, VERIFIER))).isEqualTo(OAuthError.INVALID_GRANT);
  }

  @Test
  void aCodeExpiresAfterTenMinutes() {
    String code = approve("read");
    fx.clock.advance(Duration.ofMinutes(10));

    assertThat(errorOf(() -> exchange(code, VERIFIER))).isEqualTo(OAuthError.INVALID_GRANT);
  }

  @Test
  void aCodeNeedsItsRedirectUriAndItsAppsSecret() {
    String code = approve("read");
    assertThat(
            errorOf(
                () ->
                    fx.blog
                        .useCases()
                        .issueToken()
                        .exchangeCode(
                            new CodeExchange(
                                credentials(), code, RedirectUris.OOB, Optional.of(VERIFIER)))))
        .isEqualTo(OAuthError.INVALID_GRANT);
    assertThat(
            errorOf(
                () ->
                    fx.blog
                        .useCases()
                        .issueToken()
                        .exchangeCode(
                            new CodeExchange(
                                new ClientCredentials(app.app().clientId().value(), "wrong"),
                                approve("read"),
                                REDIRECT,
                                Optional.of(VERIFIER)))))
        .isEqualTo(OAuthError.INVALID_CLIENT);
  }

  @Test
  void anotherAppCannotExchangeTheCode() {
    String code = approve("read");
    RegisteredApp other = register("read");

    assertThat(
            errorOf(
                () ->
                    fx.blog
                        .useCases()
                        .issueToken()
                        .exchangeCode(
                            new CodeExchange(
                                new ClientCredentials(
                                    other.app().clientId().value(), other.clientSecret()),
                                code,
                                REDIRECT,
                                Optional.of(VERIFIER)))))
        .isEqualTo(OAuthError.INVALID_GRANT);
  }

  @Test
  void refusesRequestsBeyondTheAppsRegistration() {
    var requests = fx.blog.useCases().authorizationRequests();

    assertThat(errorOf(() -> requests.check(request("push", Optional.empty()))))
        .isEqualTo(OAuthError.INVALID_SCOPE);
    assertThat(errorOf(() -> requests.check(request("bogus", Optional.empty()))))
        .isEqualTo(OAuthError.INVALID_SCOPE);
    assertThat(
            errorOf(
                () ->
                    requests.check(
                        new AuthorizationRequest(
                            "code",
                            app.app().clientId().value(),
                            "https://evil.example/",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()))))
        .isEqualTo(OAuthError.INVALID_REQUEST);
    assertThat(
            errorOf(
                () ->
                    requests.check(
                        new AuthorizationRequest(
                            "code",
                            "no-such-app",
                            REDIRECT,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()))))
        .isEqualTo(OAuthError.INVALID_CLIENT);
    assertThat(
            errorOf(
                () ->
                    requests.check(
                        new AuthorizationRequest(
                            "code",
                            app.app().clientId().value(),
                            REDIRECT,
                            Optional.empty(),
                            Optional.of(CodeChallenge.fromVerifier(VERIFIER).value()),
                            Optional.of("plain")))))
        .isEqualTo(OAuthError.INVALID_REQUEST);
  }

  @Test
  void clientCredentialsGiveAnAppTokenWithoutAPerson() {
    IssuedToken token =
        fx.blog.useCases().issueToken().clientCredentials(credentials(), Optional.of("read"));

    assertThat(fx.blog.useCases().bearerTokens().authenticate(token.accessToken()))
        .get()
        .extracting(AccessToken::user)
        .isEqualTo(Optional.empty());
    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .issueToken()
                    .clientCredentials(credentials(), Optional.of("push")))
        .isInstanceOf(OAuthRefusal.class);
  }

  @Test
  void anAppRevokesOnlyItsOwnTokens() {
    IssuedToken token = exchange(approve("read"), VERIFIER);
    RegisteredApp other = register("read");
    ClientCredentials otherCredentials =
        new ClientCredentials(other.app().clientId().value(), other.clientSecret());

    assertThat(
            errorOf(
                () ->
                    fx.blog.useCases().revokeToken().revoke(otherCredentials, token.accessToken())))
        .isEqualTo(OAuthError.UNAUTHORIZED_CLIENT);
    fx.blog.useCases().revokeToken().revoke(credentials(), token.accessToken());
    fx.blog.useCases().revokeToken().revoke(credentials(), "not-a-token");

    assertThat(fx.blog.useCases().bearerTokens().authenticate(token.accessToken())).isEmpty();
  }

  @Test
  void thePersonSeesAndRevokesTheAppsTheyAuthorised() {
    IssuedToken token = exchange(approve("read"), VERIFIER);
    fx.clock.advance(Duration.ofMinutes(1));
    exchange(approve("read write"), VERIFIER);

    assertThat(fx.blog.useCases().authorisedApps().appsOf(alice))
        .singleElement()
        .extracting(AuthorisedApp::scopes)
        .isEqualTo(Scopes.parse("read write"));
    fx.blog.useCases().authorisedApps().revoke(alice, app.app().clientId());

    assertThat(fx.blog.useCases().authorisedApps().appsOf(alice)).isEmpty();
    assertThat(fx.blog.useCases().bearerTokens().authenticate(token.accessToken())).isEmpty();
  }

  @Test
  void loggingOutEverywhereRevokesAppTokensToo() {
    IssuedToken token = exchange(approve("read"), VERIFIER);

    fx.blog.useCases().logOutEverywhere().logOutEverywhere(alice);

    assertThat(fx.blog.useCases().bearerTokens().authenticate(token.accessToken())).isEmpty();
  }

  @Test
  void revokingATokenOrAnAppTellsThePersonsOpenStreamsWhichThenFindTheTokenDead() {
    List<LiveEvent> heard = new ArrayList<>();
    fx.blog.ports().events().subscribe(heard::add);
    IssuedToken first = exchange(approve("read"), VERIFIER);
    TokenHash firstHash = new TokenValue(first.accessToken()).hash();
    assertThat(fx.blog.useCases().bearerTokens().isLive(firstHash)).isTrue();

    fx.blog.useCases().revokeToken().revoke(credentials(), first.accessToken());
    assertThat(heard).containsExactly(new LiveEvent.LoginsEnded(alice));
    assertThat(fx.blog.useCases().bearerTokens().isLive(firstHash)).isFalse();

    exchange(approve("read"), VERIFIER);
    fx.blog.useCases().authorisedApps().revoke(alice, app.app().clientId());
    assertThat(heard)
        .containsExactly(new LiveEvent.LoginsEnded(alice), new LiveEvent.LoginsEnded(alice));
  }
}
