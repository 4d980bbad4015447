package org.microblog.boot;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.microblog.application.Microblog;
import org.microblog.application.MicroblogPorts;
import org.microblog.application.MicroblogSettings;
import org.microblog.application.crypto.SecureRandomTokenGenerator;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.boot.config.LimitsConfiguration;
import org.microblog.boot.config.PolicyConfiguration;

/**
 * Hands the adapters' beans to the application's composition root ({@link Microblog#wire}); the
 * application module itself needs no Micronaut annotations. Each outbound port is the one bean of
 * its type (the persistence adapters, the web adapter's mail wording, the mail sender, and the few
 * made here), found by {@link MicroblogPorts#byType}, so a new port needs no line here.
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
  TokenGenerator tokenGenerator() {
    return new SecureRandomTokenGenerator();
  }

  @Singleton
  MicroblogSettings settings(PolicyConfiguration policy, LimitsConfiguration limits) {
    return policy.settings(limits);
  }

  @Singleton
  Microblog microblog(BeanContext beans, MicroblogSettings settings) {
    return Microblog.wire(MicroblogPorts.byType(beans::getBean), settings);
  }
}
