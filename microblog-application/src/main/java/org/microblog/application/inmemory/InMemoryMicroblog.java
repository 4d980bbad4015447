package org.microblog.application.inmemory;

import java.time.Clock;
import org.microblog.application.Microblog;
import org.microblog.application.MicroblogPorts;
import org.microblog.application.MicroblogSettings;
import org.microblog.application.crypto.Pbkdf2PasswordHasher;
import org.microblog.application.crypto.SecureRandomTokenGenerator;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.service.limits.InProcessRateLimitCounters;
import org.microblog.application.service.live.InProcessEventBus;

/**
 * The whole of Microblog in a plain JVM program, with no framework and no database: every use case
 * wired by {@link Microblog#wire} over the in-memory adapters of {@link #persistence()} (also
 * handed out as {@link #ports()}, which the port contract tests run on). Mail goes to an {@link
 * InMemoryMailbox}.
 *
 * <pre>{@code
 * InMemoryMicroblog blog = InMemoryMicroblog.create(Clock.systemUTC());
 * UserId alice = blog.useCases().registerUser().register(new RegisterUserCommand(...));
 * }</pre>
 */
public record InMemoryMicroblog(
    Microblog useCases,
    MicroblogPorts ports,
    InMemoryPersistence persistence,
    InMemoryMailbox mailbox) {

  /** A light PBKDF2 work factor: enough for tests and demos, too little for a public server. */
  private static final int DEMO_ITERATIONS = 10_000;

  public static InMemoryMicroblog create(Clock clock) {
    return create(clock, new Pbkdf2PasswordHasher(DEMO_ITERATIONS));
  }

  public static InMemoryMicroblog create(Clock clock, PasswordHasher hasher) {
    return create(clock, hasher, new SecureRandomTokenGenerator(), new PlainAccountMails());
  }

  /** With one's own token source (tests that need to know tokens) and mail wording. */
  public static InMemoryMicroblog create(
      Clock clock, PasswordHasher hasher, TokenGenerator tokens, AccountMails mails) {
    return create(clock, hasher, tokens, mails, MicroblogSettings.DEFAULTS);
  }

  /** With the operator's settings too. */
  public static InMemoryMicroblog create(
      Clock clock,
      PasswordHasher hasher,
      TokenGenerator tokens,
      AccountMails mails,
      MicroblogSettings settings) {
    InMemoryPersistence persistence = InMemoryPersistence.create();
    InMemoryMailbox mailbox = new InMemoryMailbox();
    MicroblogPorts ports =
        new MicroblogPorts(
            persistence.users(),
            persistence.users(),
            persistence.users(),
            persistence.users(),
            persistence.follows(),
            persistence.follows(),
            persistence.posts(),
            persistence.posts(),
            persistence.posts(),
            persistence.threads(),
            persistence.likes(),
            persistence.boosts(),
            persistence.interactions(),
            persistence.postVersions(),
            persistence.notifications(),
            persistence.messages(),
            persistence.users(),
            persistence.accountTokens(),
            persistence.mailQuota(),
            new InProcessRateLimitCounters(),
            persistence.logins(),
            persistence.twoFactor(),
            hasher,
            tokens,
            mails,
            mailbox,
            clock,
            persistence.jobs(),
            new InMemoryExportArchives(clock),
            persistence.blocks(),
            persistence.oauth(),
            persistence.oauth(),
            persistence.oauth(),
            new InProcessEventBus(),
            persistence.search(),
            // Client API (api-people)
            persistence.markers(),
            // Client API statuses (issue 14)
            persistence.likersAndBoosters());
    return new InMemoryMicroblog(Microblog.wire(ports, settings), ports, persistence, mailbox);
  }
}
