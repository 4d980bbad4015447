package org.microblog.application.port.out.job;

import org.microblog.application.port.in.message.MessageExport;
import org.microblog.domain.post.Post;

/**
 * One export archive being written: the profile, then the posts (newest first), then the messages.
 * Closing an archive that was not completed throws it away.
 */
public interface ExportArchive extends AutoCloseable {
  void profile(ExportedProfile profile);

  void post(Post post);

  void message(MessageExport message);

  /** Makes the archive whole and visible to {@link ExportArchivePort#open}. */
  void complete();

  @Override
  void close();
}
