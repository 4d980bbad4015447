package org.microblog.adapter.web.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.twofactor.VerifySecondFactorUseCase;

/** Wrong codes count as failed logins: guessing runs into the same limit as guessing passwords. */
@MicronautTest
@Property(name = "microblog.limits.failed-logins-per-minute", value = "3")
class TwoFactorBruteForceTest extends WebTestSupport {
  @Inject VerifySecondFactorUseCase verifySecondFactor;

  @BeforeEach
  void carlHasTwoFactorOn() {
    TwoFactorLoginTest.carlNeedsACode(authenticateUser, twoFactor, verifySecondFactor);
  }

  @Test
  void guessingCodesHitsTheFailedLoginLimit() {
    Browser browser = TwoFactorLoginTest.passwordDone(anonymous());
    when(verifySecondFactor.verify(eq(TwoFactorLoginTest.CARL.id()), any())).thenReturn(false);
    for (int i = 0; i < 3; i++) {
      assertThat(browser.post("/login/two-factor", Map.of("code", "00000" + i)).statusCode())
          .isEqualTo(422);
    }
    when(verifySecondFactor.verify(eq(TwoFactorLoginTest.CARL.id()), any())).thenReturn(true);

    var blocked = browser.post("/login/two-factor", Map.of("code", "123456"));

    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    assertThat(browser.cookie("mb_session")).isEmpty();
  }
}
