package org.microblog.application.port.out.contract;

import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.account.MailQuotaPort;
import org.microblog.application.port.out.post.BoostPort;
import org.microblog.application.port.out.post.LikePort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.post.LoadThreadPort;
import org.microblog.application.port.out.post.LoadTimelinePort;
import org.microblog.application.port.out.post.ReaderInteractionsPort;
import org.microblog.application.port.out.post.SavePostPort;
import org.microblog.application.port.out.user.ExistingAccountsPort;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LoadProfilePort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.application.port.out.user.SaveUserPort;

/** The persistence ports of one store, typed as the application sees them. */
public record PersistencePorts(
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
    MailQuotaPort mailQuota) {}
