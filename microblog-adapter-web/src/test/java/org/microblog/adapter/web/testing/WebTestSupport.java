package org.microblog.adapter.web.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.application.port.in.login.AuthenticateUserUseCase;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.in.login.StartLoginUseCase;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.TimelineQuery;
import org.microblog.application.port.in.twofactor.TwoFactorQuery;
import org.microblog.application.port.in.twofactor.TwoFactorStatus;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;
import org.mockito.Mockito;

/** Shared set-up of web tests: the running server, the mocks, a logged-in browser. */
public abstract class WebTestSupport {
  public static final UserId ALICE = new UserId(1);
  public static final UserId BOB = new UserId(2);

  @Inject protected EmbeddedServer server;
  @Inject protected AuthenticateUserUseCase authenticateUser;
  @Inject protected TimelineQuery timelines;
  @Inject protected LoginValidityQuery loginValidity;
  @Inject protected StartLoginUseCase startLogin;
  @Inject protected TwoFactorQuery twoFactor;

  /** The login record every test login gets (the use case is a mock). */
  public static final LoginId LOGIN = new LoginId("test-login-0123456789a");

  @BeforeEach
  void emptyTimelines() {
    Mockito.reset(authenticateUser, timelines, loginValidity, startLogin, twoFactor);
    when(twoFactor.status(any())).thenReturn(new TwoFactorStatus(false, 0));
    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(0)));
    when(startLogin.start(any())).thenReturn(LOGIN);
    Page<PostView> empty = new Page<>(List.of(), Optional.empty(), Optional.empty());
    when(timelines.homeTimeline(any(), any()))
        .thenReturn(new Page<>(List.of(), Optional.empty(), Optional.empty()));
    when(timelines.explore(any(), any())).thenReturn(empty);
    when(timelines.postsBy(any(), any())).thenReturn(empty);
    when(timelines.tagged(any(), any(), any())).thenReturn(empty);
  }

  protected Browser anonymous() {
    return new Browser(server.getURI());
  }

  /** A browser logged in as alice (id 1) through the real login form and cookie. */
  protected Browser alice() {
    when(authenticateUser.authenticate(new AuthenticateUserCommand("alice", "secret-password")))
        .thenReturn(Optional.of(new AuthenticatedUser(ALICE, new Username("alice"))));
    return anonymous().logIn("alice", "secret-password");
  }

  protected static PostView post(long id, UserId author, String name, String text) {
    return new PostView(
        new PostId(id),
        author,
        new Username(name),
        new PostText(text),
        Instant.parse("2026-11-28T12:00:00Z"));
  }
}
