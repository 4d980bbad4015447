package org.microblog.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;

class AccountTokenTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final TokenHash HASH = TokenValue.of(new byte[32]).hash();

  private static AccountToken reset() {
    return AccountToken.issue(
        HASH, new UserId(1), TokenPurpose.RESET_PASSWORD, new EmailAddress("a@example.org"), NOW);
  }

  @Test
  void resetTokensExpireAfterThirtyMinutes() {
    AccountToken token = reset();

    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThatCode(
            () ->
                token.ensureRedeemable(
                    TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(29))))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                token.ensureRedeemable(
                    TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(30))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("token.expired");
              assertThat(e.getMessage()).contains("password reset link", "30 minutes");
            });
  }

  @Test
  void aUsedTokenIsRefused() {
    AccountToken used =
        new AccountToken(
            HASH,
            new UserId(1),
            TokenPurpose.RESET_PASSWORD,
            new EmailAddress("a@example.org"),
            NOW,
            NOW.plusSeconds(60),
            true);

    assertThatThrownBy(() -> used.ensureRedeemable(TokenPurpose.RESET_PASSWORD, NOW))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("token.used"));
  }

  @Test
  void aTokenOfAnotherPurposeIsUnknown() {
    assertThatThrownBy(() -> reset().ensureRedeemable(TokenPurpose.VERIFY_EMAIL, NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("token.unknown");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
            });
  }

  @Test
  void verificationLinksLastADay() {
    AccountToken token =
        AccountToken.issue(
            HASH, new UserId(1), TokenPurpose.VERIFY_EMAIL, new EmailAddress("a@example.org"), NOW);

    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void sendLimitAllowsThreeAnHour() {
    SendLimit limit = TokenPurpose.RESET_PASSWORD.sendLimit();

    assertThat(limit.allowsAnother(2)).isTrue();
    assertThat(limit.allowsAnother(3)).isFalse();
    assertThat(limit.windowStart(NOW)).isEqualTo(NOW.minus(Duration.ofHours(1)));
  }

  @Test
  void aNewerLinkRetiresTheUsersUnusedLinksOfItsPurposeOnly() {
    AccountToken newest = token(1, 1, TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(60));

    assertThat(token(2, 1, TokenPurpose.RESET_PASSWORD, NOW).isRetiredBy(newest)).isTrue();
    assertThat(token(3, 1, TokenPurpose.RESET_PASSWORD, NOW).asUsed().isRetiredBy(newest))
        .isFalse();
    assertThat(token(4, 1, TokenPurpose.VERIFY_EMAIL, NOW).isRetiredBy(newest)).isFalse();
    assertThat(token(5, 2, TokenPurpose.RESET_PASSWORD, NOW).isRetiredBy(newest)).isFalse();
    assertThat(newest.isRetiredBy(newest)).isFalse();
  }

  @Test
  void aNewerLinkRetiresTheUsersExpiredLinksUsedOrNotOfAnyPurpose() {
    Instant later = NOW.plus(Duration.ofHours(25));
    AccountToken newest = token(1, 1, TokenPurpose.RESET_PASSWORD, later);

    assertThat(token(2, 1, TokenPurpose.VERIFY_EMAIL, NOW).asUsed().isRetiredBy(newest)).isTrue();
    assertThat(token(3, 2, TokenPurpose.VERIFY_EMAIL, NOW).isRetiredBy(newest)).isFalse();
    assertThat(token(4, 1, TokenPurpose.VERIFY_EMAIL, later.minusSeconds(1)).isRetiredBy(newest))
        .isFalse();
  }

  private static AccountToken token(int hash, long user, TokenPurpose purpose, Instant issuedAt) {
    byte[] value = new byte[TokenValue.BYTES];
    value[0] = (byte) hash;
    return AccountToken.issue(
        TokenValue.of(value).hash(),
        new UserId(user),
        purpose,
        new EmailAddress("a@example.org"),
        issuedAt);
  }
}
