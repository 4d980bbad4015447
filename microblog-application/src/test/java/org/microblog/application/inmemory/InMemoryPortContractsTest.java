package org.microblog.application.inmemory;

import org.junit.jupiter.api.Nested;
import org.microblog.application.port.out.contract.AccountPortContract;
import org.microblog.application.port.out.contract.AccountTokenPortContract;
import org.microblog.application.port.out.contract.FollowPortContract;
import org.microblog.application.port.out.contract.MailQuotaPortContract;
import org.microblog.application.port.out.contract.PersistencePorts;
import org.microblog.application.port.out.contract.PostPortContract;
import org.microblog.application.port.out.contract.ProfilePortContract;
import org.microblog.application.port.out.contract.StoreUnderTest;
import org.microblog.application.port.out.contract.TimelinePortContract;
import org.microblog.application.port.out.contract.UserPortContract;

/** The kit held to the same port contracts as the databases, each test on a fresh store. */
class InMemoryPortContractsTest implements StoreUnderTest {

  @Override
  public PersistencePorts emptyStore() {
    InMemoryPersistence kit = InMemoryPersistence.create();
    return new PersistencePorts(
        kit.users(),
        kit.users(),
        kit.users(),
        kit.users(),
        kit.follows(),
        kit.posts(),
        kit.posts(),
        kit.posts(),
        kit.accountTokens(),
        kit.mailQuota());
  }

  @Nested
  class Users extends UserPortContract {}

  @Nested
  class Accounts extends AccountPortContract {}

  @Nested
  class Profiles extends ProfilePortContract {}

  @Nested
  class Follows extends FollowPortContract {}

  @Nested
  class Posts extends PostPortContract {}

  @Nested
  class Timelines extends TimelinePortContract {}

  @Nested
  class AccountTokens extends AccountTokenPortContract {}

  @Nested
  class MailQuota extends MailQuotaPortContract {}
}
