package org.microblog.domain.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

class LoginTest {
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  private static Login login(boolean remembered) {
    return Login.start(
        new LoginId("a".repeat(22)),
        new UserId(1),
        remembered,
        T0,
        BrowserDescription.UNKNOWN,
        ClientNetwork.UNKNOWN);
  }

  @Test
  void aSessionLoginEndsTwelveHoursAfterItsStartWhateverItsUse() {
    Login used =
        new Login(
            login(false).id(),
            new UserId(1),
            false,
            T0,
            T0.plus(Duration.ofHours(11)),
            BrowserDescription.UNKNOWN,
            ClientNetwork.UNKNOWN);

    assertThat(used.isLiveAt(T0.plus(Duration.ofHours(12)).minusSeconds(1))).isTrue();
    assertThat(used.isLiveAt(T0.plus(Duration.ofHours(12)))).isFalse();
  }

  @Test
  void aRememberedLoginEndsThirtyDaysAfterItsLastUse() {
    Login remembered = login(true);
    Login usedLater =
        new Login(
            remembered.id(),
            new UserId(1),
            true,
            T0,
            T0.plus(Duration.ofDays(20)),
            BrowserDescription.UNKNOWN,
            ClientNetwork.UNKNOWN);

    assertThat(remembered.isLiveAt(T0.plus(Duration.ofDays(30)))).isFalse();
    assertThat(usedLater.isLiveAt(T0.plus(Duration.ofDays(49)))).isTrue();
    assertThat(usedLater.isLiveAt(T0.plus(Duration.ofDays(50)))).isFalse();
  }

  @Test
  void lastUseIsWrittenAtMostOnceAMinute() {
    assertThat(login(true).lastUseIsStaleAt(T0.plusSeconds(59))).isFalse();
    assertThat(login(true).lastUseIsStaleAt(T0.plusSeconds(60))).isTrue();
  }

  @Test
  void describesCommonBrowsersAndNeverKeepsTheHeader() {
    assertThat(
            BrowserDescription.fromUserAgent(
                    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
                .value())
        .isEqualTo("Firefox on Linux");
    assertThat(
            BrowserDescription.fromUserAgent(
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/120.0 Safari/537.36 Edg/120.0")
                .value())
        .isEqualTo("Edge on Windows");
    assertThat(
            BrowserDescription.fromUserAgent(
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
                        + " Version/17.0 Mobile/15E148 Safari/604.1")
                .value())
        .isEqualTo("Safari on iOS");
    assertThat(BrowserDescription.fromUserAgent("<script>alert(1)</script>").value())
        .isEqualTo("A browser on an unknown system");
    assertThat(BrowserDescription.fromUserAgent(null)).isEqualTo(BrowserDescription.UNKNOWN);
  }

  @Test
  void keepsOnlyTheNetworkOfAnAddress() throws Exception {
    assertThat(ClientNetwork.of(InetAddress.getByName("203.0.113.77")).value())
        .isEqualTo("203.0.113.0/24");
    assertThat(ClientNetwork.ofLiteral("2001:db8:1234:5678::1").value())
        .isEqualTo("2001:db8:1234:0:0:0:0:0/48");
    assertThat(ClientNetwork.ofLiteral("evil.example.org")).isEqualTo(ClientNetwork.UNKNOWN);
    assertThat(ClientNetwork.ofLiteral(null)).isEqualTo(ClientNetwork.UNKNOWN);
  }

  @Test
  void aMalformedLoginIdIsUnknown() {
    assertThatThrownBy(() -> new LoginId("../../etc"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }
}
