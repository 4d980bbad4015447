package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microblog.domain.account.SendLimit;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.user.User;

/** {@code MailQuotaPort}: sent account mails counted per account, purpose and window. */
public abstract class MailQuotaPortContract extends PortContract {

  @Test
  void countsSentMailsPerAccountPurposeAndWindow() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    store.mailQuota().recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0);
    store.mailQuota().recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plusSeconds(1800));
    store.mailQuota().recordSend(alice.id(), TokenPurpose.VERIFY_EMAIL, T0.plusSeconds(1800));
    store.mailQuota().recordSend(bob.id(), TokenPurpose.RESET_PASSWORD, T0.plusSeconds(1800));

    assertThat(sends(alice, TokenPurpose.RESET_PASSWORD)).isEqualTo(2);
    assertThat(
            store
                .mailQuota()
                .sendsSince(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plusSeconds(1)))
        .isEqualTo(1);
    assertThat(sends(alice, TokenPurpose.VERIFY_EMAIL)).isEqualTo(1);
  }

  @Test
  void aSendForgetsTheAccountsRecordsThatNoLimitCountsAnyMore() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    store.mailQuota().recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0);
    store.mailQuota().recordSend(alice.id(), TokenPurpose.VERIFY_EMAIL, T0);
    store.mailQuota().recordSend(bob.id(), TokenPurpose.RESET_PASSWORD, T0);
    store
        .mailQuota()
        .recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plus(Duration.ofDays(2)));

    assertThat(sends(alice, TokenPurpose.RESET_PASSWORD)).isEqualTo(1);
    assertThat(sends(alice, TokenPurpose.VERIFY_EMAIL)).isZero();
    assertThat(sends(bob, TokenPurpose.RESET_PASSWORD)).isEqualTo(1);
  }

  @Test
  void keepsRecordsAsLongAsTheyMayCount() {
    User alice = register("alice", "alice@example.org");
    store.mailQuota().recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0);
    store
        .mailQuota()
        .recordSend(alice.id(), TokenPurpose.RESET_PASSWORD, T0.plus(SendLimit.RECORDS_KEPT));

    assertThat(sends(alice, TokenPurpose.RESET_PASSWORD)).isEqualTo(2);
  }

  private long sends(User user, TokenPurpose purpose) {
    return store.mailQuota().sendsSince(user.id(), purpose, T0);
  }
}
