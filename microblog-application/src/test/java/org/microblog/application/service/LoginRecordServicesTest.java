package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.login.LoginView;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;

class LoginRecordServicesTest {
  private static final String CHROME_ON_ANDROID =
      "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36";
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");

  private boolean valid(LoginId login) {
    return fx.blog.useCases().loginValidity().isLoginValid(alice, login);
  }

  @Test
  void aSessionLoginExpiresTwelveHoursAfterItsStart() {
    LoginId login = fx.logIn(alice);
    fx.clock.advance(Duration.ofHours(12).minusSeconds(2));
    assertThat(valid(login)).isTrue();

    fx.clock.advance(Duration.ofSeconds(2));

    assertThat(valid(login)).isFalse();
  }

  @Test
  void aRememberedLoginLivesWhileUsedAndExpiresThirtyDaysAfterItsLastUse() {
    LoginId login = fx.logIn(alice, Fixtures.FIREFOX, true);
    for (int week = 0; week < 8; week++) {
      fx.clock.advance(Duration.ofDays(7));
      assertThat(valid(login)).as("week " + week).isTrue();
    }
    fx.clock.advance(Duration.ofDays(30));

    assertThat(valid(login)).isFalse();
  }

  @Test
  void expiredRecordsAreRemovedWhenSomeoneLogsIn() {
    LoginId old = fx.logIn(alice);
    fx.clock.advance(Duration.ofHours(13));

    fx.logIn(fx.register("bob"));

    assertThat(fx.blog.persistence().logins().find(old)).isEmpty();
  }

  @Test
  void theSessionsListShowsLiveLoginsOnlyMostRecentlyUsedFirst() {
    LoginId first = fx.logIn(alice);
    fx.clock.advance(Duration.ofMinutes(2));
    LoginId second = fx.logIn(alice, CHROME_ON_ANDROID, true);
    LoginId bobs = fx.logIn(fx.register("bob"));

    assertThat(fx.blog.useCases().logins().loginsOf(alice))
        .extracting(LoginView::id, LoginView::browser)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second, "Chrome on Android"),
            org.assertj.core.groups.Tuple.tuple(first, "Firefox on Linux"));
    assertThat(fx.blog.useCases().endLogin().end(alice, bobs)).as("not hers").isFalse();
    assertThat(fx.blog.useCases().endLogin().end(alice, first)).isTrue();
    assertThat(valid(first)).isFalse();
    assertThat(valid(second)).isTrue();
  }

  @Test
  void aLoginFromABrowserNoOtherLoginUsesIsMailed() {
    EmailAddress address = new EmailAddress("alice@example.org");
    fx.logIn(alice);
    int mailsBefore = fx.blog.mailbox().sent().size();
    fx.logIn(alice);
    assertThat(fx.blog.mailbox().sent()).as("same browser again").hasSize(mailsBefore);

    fx.logIn(alice, CHROME_ON_ANDROID, false);

    assertThat(fx.blog.mailbox().latestTo(address))
        .hasValueSatisfying(m -> assertThat(m.text()).contains("Chrome on Android"));
  }
}
