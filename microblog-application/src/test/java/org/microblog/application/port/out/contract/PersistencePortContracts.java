package org.microblog.application.port.out.contract;

import org.junit.jupiter.api.Nested;

/**
 * Every persistence port contract, nested: extend this, implement {@link #emptyStore()}, and all of
 * them run on that store (JUnit finds nested classes in superclasses too). One test instance holds
 * the store, so a store that is costly to start (a database behind a framework's context) starts
 * once for all of them.
 */
public abstract class PersistencePortContracts implements StoreUnderTest {

  @Nested
  public class Users extends UserPortContract {}

  @Nested
  public class Accounts extends AccountPortContract {}

  @Nested
  public class Profiles extends ProfilePortContract {}

  @Nested
  public class Follows extends FollowPortContract {}

  @Nested
  public class FollowLists extends FollowListPortContract {}

  @Nested
  public class Posts extends PostPortContract {}

  @Nested
  public class Timelines extends TimelinePortContract {}

  @Nested
  public class Threads extends ThreadPortContract {}

  @Nested
  public class Likes extends LikePortContract {}

  @Nested
  public class Boosts extends BoostPortContract {}

  @Nested
  public class HomeTimelines extends HomeTimelinePortContract {}

  @Nested
  public class Tags extends TagPortContract {}

  @Nested
  public class ReplyCounts extends ReplyCountPortContract {}

  @Nested
  public class PostVersions extends PostVersionPortContract {}

  @Nested
  public class Notifications extends NotificationPortContract {}

  @Nested
  public class Messages extends MessagePortContract {}

  @Nested
  public class AccountTokens extends AccountTokenPortContract {}

  @Nested
  public class MailQuota extends MailQuotaPortContract {}

  @Nested
  public class Logins extends LoginRecordPortContract {}

  @Nested
  public class TwoFactor extends TwoFactorPortContract {}

  @Nested
  public class Jobs extends JobQueuePortContract {}

  @Nested
  public class Blocks extends BlockPortContract {}

  @Nested
  public class OAuth extends OAuthPortContract {}

  @Nested
  public class Search extends SearchPortContract {}

  // Client API (api-people)
  @Nested
  public class Markers extends MarkerPortContract {}

  // Client API statuses (issue 14): stored post counts, likers and boosters.
  @Nested
  public class PostCounts extends PostCountPortContract {}

  @Nested
  public class LikersAndBoosters extends LikersAndBoostersPortContract {}
}
