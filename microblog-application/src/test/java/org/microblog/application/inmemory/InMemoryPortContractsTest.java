package org.microblog.application.inmemory;

import org.junit.jupiter.api.Nested;
import org.microblog.application.port.out.contract.AccountPortContract;
import org.microblog.application.port.out.contract.AccountTokenPortContract;
import org.microblog.application.port.out.contract.FollowPortContract;
import org.microblog.application.port.out.contract.MailQuotaPortContract;
import org.microblog.application.port.out.contract.PersistencePorts;
import org.microblog.application.port.out.contract.PostPortContract;
import org.microblog.application.port.out.contract.ProfilePortContract;
import org.microblog.application.port.out.contract.TimelinePortContract;
import org.microblog.application.port.out.contract.UserPortContract;

/** The kit held to the same port contracts as the databases, each test on a fresh store. */
class InMemoryPortContractsTest {

  static PersistencePorts freshStore() {
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
  class Users extends UserPortContract {
    @Override
    protected PersistencePorts emptyStore() {
      return freshStore();
    }
  }

  @Nested
  class Accounts extends AccountPortContract {
    @Override
    protected PersistencePorts emptyStore() {
      return freshStore();
    }
  }

  @Nested
  class Profiles extends ProfilePortContract {
    @Override
    protected PersistencePorts emptyStore() {
      return freshStore();
    }
  }

  @Nested
  class Follows extends FollowPortContract {
    @Override
    protected PersistencePorts emptyStore() {
      return freshStore();
    }
  }

  @Nested
  class Posts extends PostPortContract {
    @Override
    protected PersistencePorts emptyStore() {
      return freshStore();
    }
  }

  @Nested
  class Timelines extends TimelinePortContract {
    @Override
    protected PersistencePorts emptyStore() {
      return freshStore();
    }
  }

  @Nested
  class AccountTokens extends AccountTokenPortContract {
    @Override
    protected PersistencePorts emptyStore() {
      return freshStore();
    }
  }

  @Nested
  class MailQuota extends MailQuotaPortContract {
    @Override
    protected PersistencePorts emptyStore() {
      return freshStore();
    }
  }
}
