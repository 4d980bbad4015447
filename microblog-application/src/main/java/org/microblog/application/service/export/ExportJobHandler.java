package org.microblog.application.service.export;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.out.job.ExportArchive;
import org.microblog.application.port.out.job.ExportArchivePort;
import org.microblog.application.port.out.job.ExportedProfile;
import org.microblog.application.port.out.message.MessagePort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.service.job.JobFailure;
import org.microblog.application.service.job.JobHandler;
import org.microblog.application.service.job.JobProgress;
import org.microblog.application.service.mail.BackgroundMail;
import org.microblog.domain.job.Job;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.User;

/**
 * Writes an account's export archive: the profile, the posts in keyset slices (never all of them in
 * memory), then the messages; reports progress by posts written, and queues the "export ready" mail
 * once the archive is complete. A new attempt starts the archive over.
 */
public final class ExportJobHandler implements JobHandler {
  static final int POSTS_PER_SLICE = 500;
  static final String ACCOUNT_GONE = "The account no longer exists.";

  private final LoadUserPort users;
  private final LoadPostPort posts;
  private final MessagePort messages;
  private final ExportArchivePort archives;
  private final BackgroundMail backgroundMail;
  private final Clock clock;

  public ExportJobHandler(
      LoadUserPort users,
      LoadPostPort posts,
      MessagePort messages,
      ExportArchivePort archives,
      BackgroundMail backgroundMail,
      Clock clock) {
    this.users = users;
    this.posts = posts;
    this.messages = messages;
    this.archives = archives;
    this.backgroundMail = backgroundMail;
    this.clock = clock;
  }

  @Override
  public void run(Job job, JobProgress progress) {
    User user = users.findById(job.owner()).orElseThrow(() -> new JobFailure(ACCOUNT_GONE));
    long total = posts.countBy(user.id());
    try (ExportArchive archive = archives.create(job.id())) {
      archive.profile(ExportedProfile.of(user));
      progress.report(0, total);
      long written = 0;
      Optional<PostId> olderThan = Optional.empty();
      List<Post> slice;
      do {
        slice = posts.sliceBy(user.id(), olderThan, POSTS_PER_SLICE);
        for (Post post : slice) {
          archive.post(post);
        }
        written += slice.size();
        progress.report(Math.min(written, total - 1), total);
        olderThan = slice.isEmpty() ? olderThan : Optional.of(slice.get(slice.size() - 1).id());
      } while (slice.size() == POSTS_PER_SLICE);
      for (MessageExport message : messages.allOf(user.id())) {
        archive.message(message);
      }
      archive.complete();
    }
    backgroundMail.exportReady(user.id(), clock.instant().plus(ExportOffer.OFFERED_FOR));
  }
}
