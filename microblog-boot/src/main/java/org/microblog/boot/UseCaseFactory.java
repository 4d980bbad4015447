package org.microblog.boot;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.microblog.application.Microblog;
import org.microblog.application.MicroblogPorts;
import org.microblog.application.MicroblogSettings;
import org.microblog.application.crypto.SecureRandomTokenGenerator;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.account.MailQuotaPort;
import org.microblog.application.port.out.limits.RateLimitCounterPort;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.application.port.out.post.BoostPort;
import org.microblog.application.port.out.post.LikePort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.application.port.out.post.ReaderInteractionsPort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.application.port.out.user.ExistingAccountsPort;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LoadProfilePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.boot.config.LimitsConfiguration;
import org.microblog.boot.config.PolicyConfiguration;

/**
 * Hands the adapters' beans to the application's composition root ({@link Microblog#wire}); the
 * application module itself needs no Micronaut annotations.
 */
@Factory
final class UseCaseFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  PasswordHasher passwordHasher(PolicyConfiguration policy) {
    return new BcryptPasswordHasher(policy.bcryptCostOrDefault());
  }

  @Singleton
  MicroblogSettings settings(PolicyConfiguration policy, LimitsConfiguration limits) {
    return policy.settings(limits);
  }

  @Singleton
  Microblog microblog(
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      RecordLastSeenPort lastSeen,
      LoadProfilePort profiles,
      FollowPort follows,
      LoadPostPort loadPosts,
      SavePostPort savePosts,
      LoadTimelinePort timelines,
      LoadThreadPort threads,
      LikePort likes,
      BoostPort boosts,
      ReaderInteractionsPort interactions,
      ExistingAccountsPort existingAccounts,
      AccountTokenPort accountTokens,
      MailQuotaPort mailQuota,
      RateLimitCounterPort rateLimitCounters,
      LoginRecordPort logins,
      TwoFactorPort twoFactor,
      PasswordHasher passwordHasher,
      AccountMails accountMails,
      MailSender mailSender,
      Clock clock,
      MicroblogSettings settings) {
    return Microblog.wire(
        new MicroblogPorts(
            loadUsers,
            saveUsers,
            lastSeen,
            profiles,
            follows,
            loadPosts,
            savePosts,
            timelines,
            threads,
            likes,
            boosts,
            interactions,
            existingAccounts,
            accountTokens,
            mailQuota,
            rateLimitCounters,
            logins,
            twoFactor,
            passwordHasher,
            new SecureRandomTokenGenerator(),
            accountMails,
            mailSender,
            clock),
        settings);
  }
}
